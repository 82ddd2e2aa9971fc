/**
 * Plumes on the 2D map: the summed ground-level field (the same Gaussian model and colours as in
 * 3D) as a ground bitmap under the roads, and particles above them streaming downwind ({@link plumeParticles}), moved
 * {@link PARTICLE_FPS} times a second. Renders no DOM.
 */
import { useEffect, useMemo, useState } from 'react';
import { paintField } from '../../surface/paintField.ts';
import { plumeParticles } from '../scene/plumeParticles.ts';
import { plumeColour, type PlumeState } from '../scene/plumeRuns.ts';
import { groundBitmapLayer, particleLayer } from './environmentDeckLayers.ts';
import { gridBounds, gridCanvas } from './gridBitmap.ts';
import type { SetDeckSlot } from './useDeckSlots.ts';

/** Particle frames per second (a software-rendered map redraws the whole frame each time). */
export const PARTICLE_FPS = 10;
/** Opacity of the plume field bitmap (as the 3D imagery layer). */
const PLUME_OPACITY = 0.85;

/** Props of the 2D plume. */
export interface Plume2DProps {
  state: PlumeState;
  /** Base-map layer the field goes under (roads); undefined = on top. */
  beforeId: string | undefined;
  setSlot: SetDeckSlot;
}

/** Draws the plume field and its animated particles; nothing in the DOM. */
export function Plume2D({ state, beforeId, setSlot }: Plume2DProps) {
  const fieldLayer = useMemo(() => (state.field && state.grid
    ? groundBitmapLayer('env-plume', gridCanvas({ grid: state.grid, pixels: paintField(state.field, plumeColour) }), gridBounds(state.grid), PLUME_OPACITY, beforeId)
    : undefined), [state, beforeId]);
  const [clockS, setClockS] = useState(0);
  const animated = state.runs.length > 0;
  useEffect(() => {
    if (!animated) return;
    const started = performance.now();
    const timer = window.setInterval(() => setClockS((performance.now() - started) / 1000), 1000 / PARTICLE_FPS);
    return () => window.clearInterval(timer);
  }, [animated]);

  useEffect(() => {
    const particles = plumeParticles(state.runs, clockS);
    setSlot('plume', [...(fieldLayer ? [fieldLayer] : []), ...(particles.length ? [particleLayer(particles)] : [])]);
  }, [fieldLayer, state.runs, clockS, beforeId, setSlot]);
  useEffect(() => () => setSlot('plume', []), [setSlot]);
  return null;
}
