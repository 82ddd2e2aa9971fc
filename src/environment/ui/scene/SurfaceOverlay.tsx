/**
 * The interpolated surface draped on the ground: station values (AQI or a pollutant's AQI input)
 * go to the IDW Web Worker whenever the readings change (at most once per second), the field comes
 * back, is painted in the VN_AQI category colours and replaces the previous imagery layer.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useCesium } from 'resium';
import type { ImageryLayer } from 'cesium';
import { paintField, type Rgba } from '../../surface/paintField.ts';
import { boundsAround, gridOver } from '../../surface/SurfaceGrid.ts';
import { categoryOfValue, type SurfaceQuantity } from '../../surface/SurfaceQuantity.ts';
import type { SurfaceResponse } from '../../surface/surfaceMessages.ts';
import { SurfaceWorkerClient } from '../../surface/SurfaceWorkerClient.ts';
import type { Station } from '../stations/Station.ts';
import type { StationReading } from '../stations/stationReading.ts';
import { surfaceSamples } from './surfaceSamples.ts';
import { imageryFromPixels } from './imageryFromPixels.ts';

/** Cells of the surface grid (the benchmark size). */
export const SURFACE_CELLS = 150_000;
/** Minimum time between two surface computations, milliseconds. */
const THROTTLE_MS = 1000;

/** Props of the surface overlay. */
export interface SurfaceOverlayProps {
  stations: readonly Station[];
  readings: readonly StationReading[];
  quantity: SurfaceQuantity;
  /** 0–1. */
  opacity: number;
  /** Called after each surface was added to the globe, with the station count and worker time. */
  onDrawn: (info: { stations: number; computeMs: number }) => void;
}

/** Draws the surface; nothing in the DOM. */
export function SurfaceOverlay({ stations, readings, quantity, opacity, onDrawn }: SurfaceOverlayProps) {
  const { viewer } = useCesium();
  const grid = useMemo(() => {
    const bounds = boundsAround(stations);
    return bounds ? gridOver(bounds, SURFACE_CELLS) : undefined;
  }, [stations]);
  const layerRef = useRef<ImageryLayer>(undefined);
  const opacityRef = useRef(opacity);
  opacityRef.current = opacity;
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;
  const clientRef = useRef<SurfaceWorkerClient>(undefined);
  const latest = useRef<{ quantity: SurfaceQuantity; count: number; generation: number }>({ quantity, count: 0, generation: 0 });

  // The worker lives as long as the overlay; each result replaces the drawn layer.
  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    let disposed = false;
    const onResult = (result: SurfaceResponse) => {
      const { quantity: q, count, generation } = latest.current;
      const colourOf = (v: number): Rgba | undefined => {
        const c = categoryOfValue(q, v);
        return c ? [c.rgb[0], c.rgb[1], c.rgb[2], 255] : undefined;
      };
      const pixels = paintField(result.field, colourOf);
      void imageryFromPixels(result.grid, pixels, opacityRef.current).then((layer) => {
        if (disposed || viewer.isDestroyed() || generation !== latest.current.generation) return;
        viewer.imageryLayers.add(layer, 1); // just above the base imagery, below other overlays
        if (layerRef.current) viewer.imageryLayers.remove(layerRef.current, true);
        layerRef.current = layer;
        viewer.scene.requestRender();
        onDrawnRef.current({ stations: count, computeMs: result.computeMs });
      });
    };
    clientRef.current = new SurfaceWorkerClient(onResult, (message) => console.warn('surface worker:', message));
    return () => {
      disposed = true;
      clientRef.current?.dispose();
      clientRef.current = undefined;
      if (layerRef.current && !viewer.isDestroyed()) viewer.imageryLayers.remove(layerRef.current, true);
      layerRef.current = undefined;
    };
  }, [viewer]);

  // New readings or quantity → a new surface (throttled; the worker keeps only the newest request).
  const lastSent = useRef(0);
  useEffect(() => {
    if (!grid || !clientRef.current) return;
    const send = () => {
      const samples = surfaceSamples(readings, quantity);
      latest.current = { quantity, count: samples.value.length, generation: latest.current.generation + (latest.current.quantity === quantity ? 0 : 1) };
      if (samples.value.length === 0) {
        if (layerRef.current && viewer && !viewer.isDestroyed()) viewer.imageryLayers.remove(layerRef.current, true);
        layerRef.current = undefined;
        onDrawnRef.current({ stations: 0, computeMs: 0 });
        return;
      }
      lastSent.current = performance.now();
      clientRef.current?.request({ grid, ...samples, power: 2 });
    };
    const wait = lastSent.current + THROTTLE_MS - performance.now();
    if (wait <= 0) {
      send();
      return;
    }
    const timer = window.setTimeout(send, wait);
    return () => window.clearTimeout(timer);
  }, [grid, readings, quantity, viewer]);

  // Opacity changes in place.
  useEffect(() => {
    if (layerRef.current) layerRef.current.alpha = opacity;
    if (viewer && !viewer.isDestroyed()) viewer.scene.requestRender();
  }, [opacity, viewer]);

  return null;
}
