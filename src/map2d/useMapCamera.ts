import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { formatCamera, type Camera2D } from '../app/urlState.ts';

/** The map camera as a URL camera (degrees, zoom). */
export function readMapCamera(map: MapLibreMap): Camera2D {
  const c = map.getCenter();
  return { kind: '2d', lonDeg: c.lng, latDeg: c.lat, zoom: map.getZoom(), bearingDeg: map.getBearing(), pitchDeg: map.getPitch() };
}

/** Moves the map when `camera` changes from outside, and reports user moves on `moveend`. */
export function useMapCamera(map: MapLibreMap | undefined, camera: Camera2D, onChange: (camera: Camera2D) => void): void {
  const lastKnown = useRef<string | undefined>(undefined);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!map) return;
    const key = formatCamera(camera);
    if (key === lastKnown.current) return;
    lastKnown.current = key;
    map.jumpTo({ center: [camera.lonDeg, camera.latDeg], zoom: camera.zoom, bearing: camera.bearingDeg, pitch: camera.pitchDeg });
  }, [map, camera]);

  useEffect(() => {
    if (!map) return;
    const onMoveEnd = () => {
      const now = readMapCamera(map);
      const key = formatCamera(now);
      if (key === lastKnown.current) return;
      lastKnown.current = key;
      onChangeRef.current(now);
    };
    map.on('moveend', onMoveEnd);
    return () => {
      map.off('moveend', onMoveEnd);
    };
  }, [map]);
}
