/**
 * Draws a scenario's proposals as extruded solids (one Cesium `Model` per proposal, built by
 * {@link proposalGlb}) coloured by compliance, on the scenario side of the compare split. Models are
 * built once per footprint and height and kept hidden when not shown, so switching back to a scenario
 * or undoing an edit reuses them; colours and split follow at once.
 * Returns the key of the proposal set whose models are all loaded (for readiness).
 */
import { Color, Matrix4, Model, SplitDirection, type Viewer } from 'cesium';
import type { MultiPolygon, Polygon } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import type { Rgba } from '../buildingColours.ts';
import { footprintOf } from '../scenarioSession.ts';
import type { ProposalToDraw } from './proposalBuildings.ts';
import { proposalGlb } from './proposalGlb.ts';

interface Drawn {
  id: string;
  model?: Model;
  ready: Promise<void>;
}

/** Models kept (shown or hidden) so switching back to a scenario reuses them; oldest hidden ones go first. */
const MAX_CACHED_MODELS = 200;

/** Inputs of {@link useProposalModels}. */
export interface ProposalModelsInput {
  viewer: Viewer | undefined;
  proposals: ProposalToDraw[];
  /** Colour of each proposal id. */
  colourOf: (id: string) => Rgba;
  /** Split side of the scenario in the compare view (NONE when not comparing). */
  split: SplitDirection;
  /** Key of what is shown; echoed when every model of it has loaded. */
  shownKey: string | undefined;
}

async function footprintFor(p: ProposalToDraw): Promise<Polygon | MultiPolygon | undefined> {
  return p.footprint ?? footprintOf(p.id);
}

/** Keeps one model per proposal in the scene; returns the shown key once all are loaded. */
export function useProposalModels({ viewer, proposals, colourOf, split, shownKey }: ProposalModelsInput): string | undefined {
  /** Models by proposal id + geometry signature; the shown ones are in `shown`. */
  const cache = useRef(new Map<string, Drawn>());
  const shown = useRef(new Set<string>());
  const [readyKey, setReadyKey] = useState<string | undefined>(undefined);

  // Build missing models, show the wanted ones, hide the rest (kept for switching back).
  useEffect(() => {
    if (!viewer) return;
    let cancelled = false;
    const scene = viewer.scene;
    const want = new Set<string>();
    const waits: Promise<void>[] = [];
    for (const p of proposals) {
      const cacheKey = JSON.stringify([p.id, p.footprint ?? null, p.heightM, p.use ?? '']);
      want.add(cacheKey);
      const cached = cache.current.get(cacheKey);
      if (cached) { waits.push(cached.ready); continue; }
      const entry: Drawn = { id: p.id, ready: Promise.resolve() };
      entry.ready = (async () => {
        const footprint = await footprintFor(p);
        const built = footprint && proposalGlb({ id: p.id, footprint, use: p.use, levels: p.levels }, p.heightM);
        if (!built || viewer.isDestroyed() || cache.current.get(cacheKey) !== entry) return;
        const url = URL.createObjectURL(new Blob([built.glb as BlobPart], { type: 'model/gltf-binary' }));
        // Keep frames coming while the model loads (the low render mode draws only on request).
        const keepRendering = scene.postRender.addEventListener(() => scene.requestRender());
        try {
          const model = await Model.fromGltfAsync({ url, modelMatrix: Matrix4.fromArray(built.modelMatrix), id: { proposalId: p.id } });
          if (viewer.isDestroyed() || cache.current.get(cacheKey) !== entry) { model.destroy(); return; }
          model.show = shown.current.has(cacheKey);
          entry.model = scene.primitives.add(model) as Model;
          scene.requestRender();
          await new Promise<void>((resolve) => {
            if (model.ready) resolve();
            else model.readyEvent.addEventListener(() => resolve());
          });
        } finally {
          keepRendering();
          URL.revokeObjectURL(url);
        }
      })().catch((error: unknown) => console.warn(`proposal ${p.id} could not be drawn: ${(error as Error).message}`));
      cache.current.set(cacheKey, entry);
      waits.push(entry.ready);
    }
    shown.current = want;
    for (const [cacheKey, d] of cache.current) if (d.model) d.model.show = want.has(cacheKey);
    for (const [cacheKey, d] of cache.current) {
      if (cache.current.size <= MAX_CACHED_MODELS) break;
      if (want.has(cacheKey)) continue;
      if (d.model && !viewer.isDestroyed()) scene.primitives.remove(d.model);
      cache.current.delete(cacheKey);
    }
    scene.requestRender();
    const key = shownKey;
    void Promise.all(waits).then(() => { if (!cancelled) setReadyKey(key); });
    return () => { cancelled = true; };
  }, [viewer, proposals, shownKey]);

  // Colours and split side, applied to the models as they come.
  useEffect(() => {
    if (!viewer) return;
    for (const [cacheKey, d] of cache.current) {
      if (!d.model || !shown.current.has(cacheKey)) continue;
      const c = colourOf(d.id);
      d.model.color = Color.fromBytes(c[0], c[1], c[2], c[3]);
      d.model.splitDirection = split;
    }
    viewer.scene.requestRender();
  }, [viewer, colourOf, split, readyKey]);

  // Remove everything on unmount.
  useEffect(() => () => {
    for (const d of cache.current.values()) if (d.model && viewer && !viewer.isDestroyed()) viewer.scene.primitives.remove(d.model);
    cache.current.clear();
  }, [viewer]);

  return readyKey;
}
