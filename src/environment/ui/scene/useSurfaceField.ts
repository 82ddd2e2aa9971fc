/**
 * The interpolated surface of the shown readings, computed in the surface Web Worker, for both
 * views (3D drapes it, 2D draws it as a bitmap): station values (AQI or a pollutant's AQI input) go
 * to the worker whenever they change — at most once per {@link SURFACE_THROTTLE_MS}, skipped when
 * the values are the same — and the newest answer comes back as state.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { boundsAround, gridOver, type SurfaceGrid } from '../../surface/SurfaceGrid.ts';
import type { SurfaceQuantity } from '../../surface/SurfaceQuantity.ts';
import type { SurfaceMethod, SurfaceResponse } from '../../surface/surfaceMessages.ts';
import { SurfaceWorkerClient } from '../../surface/SurfaceWorkerClient.ts';
import type { Station } from '../stations/Station.ts';
import type { StationReading } from '../stations/stationReading.ts';
import { surfaceSamples, type SurfaceSamples } from './surfaceSamples.ts';

/** Cells of the surface grid (the benchmark size). */
export const SURFACE_CELLS = 150_000;
/**
 * Cells of a kriged surface: a quarter of the IDW grid (cell side × 2). Kriging costs O(n²) per
 * cell (the variance); the estimate is smooth, and both views draw the image with bilinear filtering.
 */
export const KRIGING_CELLS = 37_500;
/** Minimum time between two surface computations, milliseconds (live data arrives every few seconds). */
export const SURFACE_THROTTLE_MS = 3000;

/** The newest surface: the worker's answer (undefined when no station has a value) and what it shows. */
export interface SurfaceField {
  readonly result: SurfaceResponse | undefined;
  readonly quantity: SurfaceQuantity;
  readonly method: SurfaceMethod;
  /** Stations that gave a value. */
  readonly stations: number;
}

/** What one request was for. */
interface RequestMeta {
  quantity: SurfaceQuantity;
  stations: number;
  /** Results of an older epoch (before the surface was cleared) are dropped. */
  epoch: number;
}

/** Whether two sample sets hold the same stations and values. */
export function sameSamples(a: SurfaceSamples | undefined, b: SurfaceSamples): boolean {
  if (!a || a.value.length !== b.value.length) return false;
  for (let i = 0; i < b.value.length; i++) {
    if (a.value[i] !== b.value[i] || a.lon[i] !== b.lon[i] || a.lat[i] !== b.lat[i]) return false;
  }
  return true;
}

/** Inputs of {@link useSurfaceField}. */
export interface SurfaceFieldInput {
  stations: readonly Station[];
  readings: readonly StationReading[];
  quantity: SurfaceQuantity;
  method: SurfaceMethod;
}

/** The newest surface for the inputs; undefined until the first one is known. */
export function useSurfaceField({ stations, readings, quantity, method }: SurfaceFieldInput): SurfaceField | undefined {
  const grid = useMemo<SurfaceGrid | undefined>(() => {
    const bounds = boundsAround(stations);
    return bounds ? gridOver(bounds, method === 'kriging' ? KRIGING_CELLS : SURFACE_CELLS) : undefined;
  }, [stations, method]);
  const [field, setField] = useState<SurfaceField>();
  const clientRef = useRef<SurfaceWorkerClient>(undefined);
  /**
   * What the request in flight and the queued one are for, mirroring the client (one in flight,
   * the newest queued replaces an older queued one; answers come in order).
   */
  const requests = useRef<{ inFlight?: RequestMeta; queued?: RequestMeta }>({});
  const epoch = useRef(0);

  // The worker lives as long as the component.
  useEffect(() => {
    const advance = () => {
      const done = requests.current.inFlight;
      requests.current = { inFlight: requests.current.queued };
      return done;
    };
    const client = new SurfaceWorkerClient((result) => {
      const sent = advance();
      if (sent && sent.epoch === epoch.current) setField({ result, quantity: sent.quantity, method: result.method, stations: sent.stations });
    }, (message) => {
      advance();
      console.warn('surface worker:', message);
    });
    clientRef.current = client;
    return () => {
      client.dispose();
      clientRef.current = undefined;
    };
  }, []);

  const lastSent = useRef(0);
  const lastSamples = useRef<{ samples: SurfaceSamples; quantity: SurfaceQuantity; method: SurfaceMethod; grid: SurfaceGrid }>(undefined);
  useEffect(() => {
    if (!grid || !clientRef.current) return;
    const send = () => {
      const samples = surfaceSamples(readings, quantity);
      const previous = lastSamples.current;
      if (previous && previous.quantity === quantity && previous.method === method && previous.grid === grid && sameSamples(previous.samples, samples)) return;
      lastSamples.current = { samples, quantity, method, grid };
      if (samples.value.length === 0) {
        epoch.current++;
        setField({ result: undefined, quantity, method, stations: 0 });
        return;
      }
      const meta = { quantity, stations: samples.value.length, epoch: epoch.current };
      if (requests.current.inFlight) requests.current.queued = meta;
      else requests.current.inFlight = meta;
      lastSent.current = performance.now();
      clientRef.current?.request({ grid, ...samples, power: 2, method });
    };
    const wait = lastSent.current + SURFACE_THROTTLE_MS - performance.now();
    if (wait <= 0) {
      send();
      return;
    }
    const timer = window.setTimeout(send, wait);
    return () => window.clearTimeout(timer);
  }, [grid, readings, quantity, method]);

  return field;
}
