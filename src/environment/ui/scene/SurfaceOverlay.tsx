/**
 * The interpolated surface draped on the ground: station values (AQI or a pollutant's AQI input)
 * go to the IDW Web Worker whenever the readings change (at most once per second), the field comes
 * back, is painted in the VN_AQI category colours and replaces the previous imagery layer.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useCesium } from 'resium';
import { fieldRange } from '../../surface/idw.ts';
import { paintField, type Rgba } from '../../surface/paintField.ts';
import { boundsAround, gridOver } from '../../surface/SurfaceGrid.ts';
import { categoryOfValue, type SurfaceQuantity } from '../../surface/SurfaceQuantity.ts';
import type { SurfaceMethod, SurfaceResponse } from '../../surface/surfaceMessages.ts';
import type { SurfaceInfo } from '../data/EnvironmentStore.ts';
import { SurfaceWorkerClient } from '../../surface/SurfaceWorkerClient.ts';
import type { Station } from '../stations/Station.ts';
import type { StationReading } from '../stations/stationReading.ts';
import { surfaceSamples, type SurfaceSamples } from './surfaceSamples.ts';
import { imageryFromPixels } from './imageryFromPixels.ts';
import { ImageryLayerSwap } from './ImageryLayerSwap.ts';

/** Cells of the surface grid (the benchmark size). */
export const SURFACE_CELLS = 150_000;
/**
 * Cells of a kriged surface: a quarter of the IDW grid (cell side × 2). Kriging costs O(n²) per
 * cell (the variance); the estimate is smooth, and the globe draws the image with bilinear filtering.
 */
export const KRIGING_CELLS = 37_500;
/** Minimum time between two surface computations, milliseconds (live data arrives every few seconds). */
const THROTTLE_MS = 3000;

/** Grey veil over uncertain areas: transparent where σ is small, up to 70 % opaque at the largest σ. */
function uncertaintyVeil(relative: number): Rgba | undefined {
  if (!(relative > 0.05)) return undefined;
  return [40, 44, 52, Math.round(180 * Math.min(1, relative))];
}

/** Whether two sample sets hold the same stations and values. */
function sameSamples(a: SurfaceSamples | undefined, b: SurfaceSamples): boolean {
  if (!a || a.value.length !== b.value.length) return false;
  for (let i = 0; i < b.value.length; i++) {
    if (a.value[i] !== b.value[i] || a.lon[i] !== b.lon[i] || a.lat[i] !== b.lat[i]) return false;
  }
  return true;
}

/** Props of the surface overlay. */
export interface SurfaceOverlayProps {
  stations: readonly Station[];
  readings: readonly StationReading[];
  quantity: SurfaceQuantity;
  method: SurfaceMethod;
  /** 0–1. */
  opacity: number;
  /** Called after each surface was added to the globe, with the station count and worker time. */
  onDrawn: (info: SurfaceInfo) => void;
}

/** Draws the surface; nothing in the DOM. */
export function SurfaceOverlay({ stations, readings, quantity, method, opacity, onDrawn }: SurfaceOverlayProps) {
  const { viewer } = useCesium();
  const grid = useMemo(() => {
    const bounds = boundsAround(stations);
    return bounds ? gridOver(bounds, method === 'kriging' ? KRIGING_CELLS : SURFACE_CELLS) : undefined;
  }, [stations, method]);
  const swapRef = useRef<ImageryLayerSwap>(undefined);
  const veilRef = useRef<ImageryLayerSwap>(undefined);
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
      const maxStddev = result.stddev ? fieldRange(result.stddev).max : undefined;
      void imageryFromPixels(result.grid, pixels, opacityRef.current).then(async (layer) => {
        if (disposed || viewer.isDestroyed() || generation !== latest.current.generation) return;
        layer.alpha = opacityRef.current;
        swapRef.current?.show(layer);
        if (result.stddev && maxStddev !== undefined && maxStddev > 0) {
          const veil = await imageryFromPixels(result.grid, paintField(result.stddev, (s) => uncertaintyVeil(s / maxStddev)), 1);
          if (!disposed && !viewer.isDestroyed()) veilRef.current?.show(veil);
        } else {
          veilRef.current?.clear();
        }
        onDrawnRef.current({ stations: count, computeMs: result.computeMs, method: result.method, variogram: result.variogram, maxStddev });
      });
    };
    // Index 1: just above the base imagery, below the plumes.
    swapRef.current = new ImageryLayerSwap(viewer, 1);
    veilRef.current = new ImageryLayerSwap(viewer, 2);
    clientRef.current = new SurfaceWorkerClient(onResult, (message) => console.warn('surface worker:', message));
    return () => {
      disposed = true;
      clientRef.current?.dispose();
      clientRef.current = undefined;
      swapRef.current?.clear();
      swapRef.current = undefined;
      veilRef.current?.clear();
      veilRef.current = undefined;
    };
  }, [viewer]);

  // New readings or quantity → a new surface (throttled, skipped when the values did not change;
  // the worker keeps only the newest request).
  const lastSent = useRef(0);
  const lastSamples = useRef<{ samples: SurfaceSamples; quantity: SurfaceQuantity; method: SurfaceMethod; grid: typeof grid }>(undefined);
  useEffect(() => {
    if (!grid || !clientRef.current) return;
    const send = () => {
      const samples = surfaceSamples(readings, quantity);
      const previous = lastSamples.current;
      if (previous && previous.quantity === quantity && previous.method === method && previous.grid === grid && sameSamples(previous.samples, samples)) return;
      lastSamples.current = { samples, quantity, method, grid };
      latest.current = { quantity, count: samples.value.length, generation: latest.current.generation + (latest.current.quantity === quantity ? 0 : 1) };
      if (samples.value.length === 0) {
        swapRef.current?.clear();
        veilRef.current?.clear();
        onDrawnRef.current({ stations: 0, computeMs: 0, method });
        return;
      }
      lastSent.current = performance.now();
      clientRef.current?.request({ grid, ...samples, power: 2, method });
    };
    const wait = lastSent.current + THROTTLE_MS - performance.now();
    if (wait <= 0) {
      send();
      return;
    }
    const timer = window.setTimeout(send, wait);
    return () => window.clearTimeout(timer);
  }, [grid, readings, quantity, method, viewer]);

  // Opacity changes in place.
  useEffect(() => {
    if (swapRef.current?.layer) swapRef.current.layer.alpha = opacity;
    if (viewer && !viewer.isDestroyed()) viewer.scene.requestRender();
  }, [opacity, viewer]);

  return null;
}
