/**
 * Plumes in 3D: the ground-level field as a draped imagery layer, and particles that stream from
 * each source along its wind and spread with σy ({@link plumeParticles}) — the animated part, so one
 * sees where the plume goes.
 */
import { useEffect, useRef } from 'react';
import { useCesium } from 'resium';
import { Cartesian3, Color, PointPrimitiveCollection, type PointPrimitive } from 'cesium';
import { paintField } from '../../surface/paintField.ts';
import { imageryFromPixels } from './imageryFromPixels.ts';
import { ImageryLayerSwap } from './ImageryLayerSwap.ts';
import { particleColour, plumeParticles } from './plumeParticles.ts';
import { plumeColour, type PlumeState } from './plumeRuns.ts';

/** Props: the plume state to draw. */
export interface PlumeOverlayProps {
  state: PlumeState;
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

  // The runs are read on every frame, so a new wind moves the particles without restarting them.
  const runsRef = useRef(state.runs);
  runsRef.current = state.runs;
  const runCount = state.runs.length;

  // Particles streaming along each run's wind.
  useEffect(() => {
    if (!viewer || viewer.isDestroyed() || runCount === 0) return;
    const points = viewer.scene.primitives.add(new PointPrimitiveCollection()) as PointPrimitiveCollection;
    const pool: PointPrimitive[] = [];
    const started = performance.now();
    const place = () => {
      const particles = plumeParticles(runsRef.current, (performance.now() - started) / 1000);
      while (pool.length < particles.length) pool.push(points.add({ pixelSize: 4, color: Color.WHITE, disableDepthTestDistance: Number.POSITIVE_INFINITY }));
      pool.forEach((point, i) => {
        const p = particles[i];
        point.show = p !== undefined;
        if (!p) return;
        point.position = Cartesian3.fromDegrees(p.lon, p.lat, 40);
        point.color = Color.fromBytes(...particleColour(p.phase));
      });
    };
    place();
    // Fewer frames in request-render (low-cost) mode, where every frame is a full software render.
    const frameMs = viewer.scene.requestRenderMode ? 250 : 50;
    const timer = window.setInterval(() => {
      if (viewer.isDestroyed()) return;
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
