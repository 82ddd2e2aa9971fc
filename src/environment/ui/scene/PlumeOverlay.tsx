/**
 * Plumes in 3D: the ground-level field as a draped imagery layer, and particles that stream from
 * each source along its wind and spread with σy — the animated part, so one sees where the plume
 * goes. The particle speed is exaggerated (a trip takes {@link TRIP_S} s whatever the wind).
 */
import { useEffect, useRef } from 'react';
import { useCesium } from 'resium';
import { Cartesian3, Color, PointPrimitiveCollection, type PointPrimitive } from 'cesium';
import { dispersionCurves, sigmaAt } from '../../plume/dispersionCoefficients.ts';
import { downwindVector } from '../../plume/gaussianPlume.ts';
import { METRES_PER_DEGREE_LAT, metresPerDegreeLon } from '../../surface/SurfaceGrid.ts';
import { paintField } from '../../surface/paintField.ts';
import { imageryFromPixels } from './imageryFromPixels.ts';
import { ImageryLayerSwap } from './ImageryLayerSwap.ts';
import { plumeColour, type PlumeState } from './plumeRuns.ts';

/** Particles per source. */
const PARTICLES_PER_SOURCE = 36;
/** Length of a particle's trip downwind, metres. */
const TRIP_M = 6000;
/** Seconds a particle takes for its trip (exaggerated flow). */
const TRIP_S = 8;

/** Props: the plume state to draw. */
export interface PlumeOverlayProps {
  state: PlumeState;
}

interface Particle {
  point: PointPrimitive;
  run: number;
  phase: number;
  /** Standard-normal crosswind offset, in σy units. */
  spread: number;
}

/** A deterministic standard-normal sample for particle k (Box–Muller on a golden-ratio sequence). */
function normalSample(k: number): number {
  const u1 = ((k * 0.618034) % 1) * 0.998 + 0.001;
  const u2 = ((k * 0.754877) % 1);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Draws the plume field and animates its particles; nothing in the DOM. */
export function PlumeOverlay({ state }: PlumeOverlayProps) {
  const { viewer } = useCesium();
  const swapRef = useRef<ImageryLayerSwap>(undefined);
  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    const swap = new ImageryLayerSwap(viewer);
    swapRef.current = swap;
    return () => {
      swap.clear();
      swapRef.current = undefined;
    };
  }, [viewer]);

  // Field → imagery layer (replacing the previous one once the new one is on screen).
  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    let cancelled = false;
    if (state.field && state.grid) {
      const pixels = paintField(state.field, plumeColour);
      void imageryFromPixels(state.grid, pixels, 0.85).then((layer) => {
        if (!cancelled) swapRef.current?.show(layer);
      });
    } else {
      swapRef.current?.clear();
    }
    return () => {
      cancelled = true;
    };
  }, [viewer, state]);

  // Where each run's particles go; updated in place so a new wind does not restart the animation.
  const geometryRef = useRef<{ r: PlumeState['runs'][number]; east: number; north: number; mLon: number; curve: ReturnType<typeof dispersionCurves>['y'] }[]>([]);
  geometryRef.current = state.runs.map((r) => {
    const { east, north } = downwindVector(r.windFromDeg);
    return { r, east, north, mLon: metresPerDegreeLon(r.source.lat), curve: dispersionCurves(r.stability).y };
  });
  const runCount = state.runs.length;

  // Particles streaming along each run's wind.
  useEffect(() => {
    if (!viewer || viewer.isDestroyed() || runCount === 0) return;
    const points = viewer.scene.primitives.add(new PointPrimitiveCollection()) as PointPrimitiveCollection;
    const particles: Particle[] = [];
    for (let run = 0; run < runCount; run++) {
      for (let k = 0; k < PARTICLES_PER_SOURCE; k++) {
        const index = run * PARTICLES_PER_SOURCE + k + 1;
        particles.push({
          point: points.add({ pixelSize: 4, color: Color.WHITE, disableDepthTestDistance: Number.POSITIVE_INFINITY }),
          run, phase: k / PARTICLES_PER_SOURCE, spread: normalSample(index),
        });
      }
    }
    const place = () => {
      for (const p of particles) {
        const g = geometryRef.current[p.run];
        if (!g) continue;
        const x = Math.max(1, p.phase * TRIP_M);
        const y = p.spread * sigmaAt(g.curve, x);
        const dEast = x * g.east + y * g.north;
        const dNorth = x * g.north - y * g.east;
        p.point.position = Cartesian3.fromDegrees(g.r.source.lon + dEast / g.mLon, g.r.source.lat + dNorth / METRES_PER_DEGREE_LAT, 40);
        p.point.color = Color.fromBytes(245, 240, 255, Math.round(230 * (1 - p.phase)));
      }
    };
    place();
    // Fewer frames in request-render (low-cost) mode, where every frame is a full software render.
    const frameMs = viewer.scene.requestRenderMode ? 250 : 50;
    let last = performance.now();
    const timer = window.setInterval(() => {
      if (viewer.isDestroyed()) return;
      const now = performance.now();
      const dt = (now - last) / 1000;
      last = now;
      for (const p of particles) p.phase = (p.phase + dt / TRIP_S) % 1;
      place();
      viewer.scene.requestRender();
    }, frameMs);
    return () => {
      window.clearInterval(timer);
      if (!viewer.isDestroyed()) viewer.scene.primitives.remove(points);
    };
  }, [viewer, runCount]);

  return null;
}
