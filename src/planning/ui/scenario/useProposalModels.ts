/**
 * Draws a scenario's proposals as extruded solids (one Cesium `Model` per proposal, built by
 * {@link proposalGlb}) coloured by compliance, on the scenario side of the compare split. Models are
 * rebuilt only when a proposal's footprint or height changes; colours and split follow at once.
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
  signature: string;
  model?: Model;
  ready: Promise<void>;
}

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
  const drawn = useRef(new Map<string, Drawn>());
  const [readyKey, setReadyKey] = useState<string | undefined>(undefined);

  // Build / drop models when the proposals change.
  useEffect(() => {
    if (!viewer) return;
    let cancelled = false;
    const keep = new Set<string>();
    const waits: Promise<void>[] = [];
    for (const p of proposals) {
      const signature = JSON.stringify([p.footprint ?? null, p.heightM, p.use ?? '']);
      keep.add(p.id);
      const old = drawn.current.get(p.id);
      if (old && old.signature === signature) { waits.push(old.ready); continue; }
      if (old?.model && !viewer.isDestroyed()) viewer.scene.primitives.remove(old.model);
      const entry: Drawn = { signature, ready: Promise.resolve() };
      entry.ready = (async () => {
        const footprint = await footprintFor(p);
        const built = footprint && proposalGlb({ id: p.id, footprint, use: p.use, levels: p.levels }, p.heightM);
        if (!built || viewer.isDestroyed() || drawn.current.get(p.id) !== entry) return;
        const url = URL.createObjectURL(new Blob([built.glb as BlobPart], { type: 'model/gltf-binary' }));
        try {
          const model = await Model.fromGltfAsync({ url, modelMatrix: Matrix4.fromArray(built.modelMatrix), id: { proposalId: p.id } });
          if (viewer.isDestroyed() || drawn.current.get(p.id) !== entry) { model.destroy(); return; }
          entry.model = viewer.scene.primitives.add(model) as Model;
          await new Promise<void>((resolve) => {
            if (model.ready) resolve();
            else model.readyEvent.addEventListener(() => resolve());
            viewer.scene.requestRender();
          });
        } finally {
          URL.revokeObjectURL(url);
        }
      })().catch((error: unknown) => console.warn(`proposal ${p.id} could not be drawn: ${(error as Error).message}`));
      drawn.current.set(p.id, entry);
      waits.push(entry.ready);
    }
    for (const [id, d] of drawn.current) {
      if (keep.has(id)) continue;
      if (d.model && !viewer.isDestroyed()) viewer.scene.primitives.remove(d.model);
      drawn.current.delete(id);
    }
    viewer.scene.requestRender();
    const key = shownKey;
    void Promise.all(waits).then(() => { if (!cancelled) setReadyKey(key); });
    return () => { cancelled = true; };
  }, [viewer, proposals, shownKey]);

  // Colours and split side, applied to the models as they come.
  useEffect(() => {
    if (!viewer) return;
    for (const [id, d] of drawn.current) {
      if (!d.model) continue;
      const c = colourOf(id);
      d.model.color = Color.fromBytes(c[0], c[1], c[2], c[3]);
      d.model.splitDirection = split;
    }
    viewer.scene.requestRender();
  }, [viewer, colourOf, split, readyKey]);

  // Remove everything on unmount.
  useEffect(() => () => {
    for (const d of drawn.current.values()) if (d.model && viewer && !viewer.isDestroyed()) viewer.scene.primitives.remove(d.model);
    drawn.current.clear();
  }, [viewer]);

  return readyKey;
}
