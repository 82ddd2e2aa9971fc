import { useEffect, useRef, useState } from 'react';
import { Map as MapLibreMap } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import type { Feature } from 'geojson';
import 'maplibre-gl/dist/maplibre-gl.css';
import './maplibreWorker.ts';
import type { PickedFeature, RenderLayer } from '../app/RenderLayer.ts';
import type { Camera2D } from '../app/urlState.ts';
import { useI18n } from '../ui/i18n/I18nContext.tsx';
import { baseStyle } from './baseStyle.ts';
import { deckAdapters } from './deckAdapters.ts';
import { useMapCamera } from './useMapCamera.ts';
import { useMapReadiness } from './useMapReadiness.ts';
import './mapView.css';

/** Props of the 2D view. */
export interface MapViewProps {
  layers: RenderLayer[];
  camera: Camera2D;
  dataLoaded: boolean;
  readyKey: string;
  onCameraChange: (camera: Camera2D) => void;
  onPick: (feature: PickedFeature | undefined) => void;
  onReady: (key: string) => void;
}

interface Engine {
  map: MapLibreMap;
  overlay: MapLibreOverlay;
}

/** The 2D map: MapLibre with an inline offline style, and deck.gl layers interleaved on top. */
export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [engine, setEngine] = useState<Engine>();
  const [applied, setApplied] = useState(0);
  const { lang } = useI18n();
  const onPickRef = useRef(props.onPick);
  onPickRef.current = props.onPick;
  const initialCamera = useRef(props.camera);

  useEffect(() => {
    if (!container.current) return;
    const cam = initialCamera.current;
    const map = new MapLibreMap({
      container: container.current,
      style: baseStyle(),
      center: [cam.lonDeg, cam.latDeg],
      zoom: cam.zoom,
      bearing: cam.bearingDeg,
      pitch: cam.pitchDeg,
      attributionControl: false,
      maxPitch: 85,
    });
    const overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onClick: (info: PickingInfo) => {
        const feature = info.object as Feature | undefined;
        const layerId = info.layer?.root?.id ?? info.layer?.id;
        onPickRef.current(feature && layerId ? { layerId, featureId: feature.id, properties: (feature.properties ?? {}) as Record<string, unknown> } : undefined);
      },
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    map.addControl(overlay);
    map.on('load', () => setEngine({ map, overlay }));
    return () => {
      setEngine(undefined);
      map.removeControl(overlay);
      map.remove();
    };
  }, []);

  useEffect(() => {
    if (!engine) return;
    const deckLayers = props.layers.filter((rl) => rl.data && deckAdapters[rl.layer.type]).map((rl) => deckAdapters[rl.layer.type](rl, { lang }));
    engine.overlay.setProps({ layers: deckLayers });
    engine.map.triggerRepaint();
    setApplied((n) => n + 1);
  }, [engine, props.layers, lang]);

  useMapCamera(engine?.map, props.camera, props.onCameraChange);
  useMapReadiness(engine?.map, { dataLoaded: props.dataLoaded, applied, readyKey: props.readyKey, onReady: props.onReady });
  return <div ref={container} className="map-view" />;
}
