/**
 * The interpolated surface on the 2D map: the same worker field as in 3D ({@link useSurfaceField}),
 * painted with the same colours ({@link surfacePicture}), as a ground bitmap under the roads and
 * labels; kriging adds its uncertainty veil. Renders no DOM.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SurfaceQuantity } from '../../surface/SurfaceQuantity.ts';
import type { SurfaceMethod } from '../../surface/surfaceMessages.ts';
import type { SurfaceInfo } from '../data/EnvironmentStore.ts';
import { surfacePicture } from '../scene/surfacePicture.ts';
import { useSurfaceField } from '../scene/useSurfaceField.ts';
import type { Station } from '../stations/Station.ts';
import type { StationReading } from '../stations/stationReading.ts';
import { groundBitmapLayer } from './environmentDeckLayers.ts';
import { gridBounds, gridCanvas } from './gridBitmap.ts';
import type { SetDeckSlot } from './useDeckSlots.ts';

/** Props of the 2D surface. */
export interface Surface2DProps {
  map: MapLibreMap;
  stations: readonly Station[];
  readings: readonly StationReading[];
  quantity: SurfaceQuantity;
  method: SurfaceMethod;
  /** 0–1. */
  opacity: number;
  /** Base-map layer the bitmap goes under (roads); undefined = on top. */
  beforeId: string | undefined;
  setSlot: SetDeckSlot;
  /** Called once each new surface is on the map (after the map's next idle). */
  onDrawn: (info: SurfaceInfo) => void;
}

/** Draws the surface bitmap; nothing in the DOM. */
export function Surface2D({ map, stations, readings, quantity, method, opacity, beforeId, setSlot, onDrawn }: Surface2DProps) {
  const field = useSurfaceField({ stations, readings, quantity, method });
  const images = useMemo(() => {
    if (!field?.result) return undefined;
    const picture = surfacePicture(field.result, field.quantity);
    return {
      bounds: gridBounds(field.result.grid), surface: gridCanvas(picture.surface), veil: picture.veil && gridCanvas(picture.veil),
      info: { stations: field.stations, computeMs: field.result.computeMs, method: field.result.method, variogram: field.result.variogram, maxStddev: picture.maxStddev },
    };
  }, [field]);
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    setSlot('surface', images ? [
      groundBitmapLayer('env-surface', images.surface, images.bounds, opacity, beforeId),
      ...(images.veil ? [groundBitmapLayer('env-surface-veil', images.veil, images.bounds, 1, beforeId)] : []),
    ] : []);
  }, [images, opacity, beforeId, setSlot]);
  useEffect(() => () => setSlot('surface', []), [setSlot]);

  // Reported once the map has drawn it (or at once when no station has a value).
  useEffect(() => {
    if (!field) return;
    if (!images) {
      onDrawnRef.current({ stations: 0, computeMs: 0, method: field.method });
      return;
    }
    const onIdle = () => onDrawnRef.current(images.info);
    map.once('idle', onIdle);
    map.triggerRepaint();
    return () => {
      map.off('idle', onIdle);
    };
  }, [map, field, images]);
  return null;
}
