/** A {@link Drawing} made of entities (and optionally primitives) in the viewer's default collection. */
import type { Entity, Primitive, Viewer } from 'cesium';
import type { Drawing } from './Drawing.ts';

/** Wraps entities/primitives already added to `viewer` as one drawing. */
export function entityDrawing(viewer: Viewer, entities: Entity[], primitives: Primitive[] = []): Drawing {
  return {
    ready: () => viewer.isDestroyed() || (viewer.dataSourceDisplay.ready && primitives.every((p) => p.ready)),
    remove: () => {
      if (viewer.isDestroyed()) return;
      for (const e of entities) viewer.entities.remove(e);
      for (const p of primitives) viewer.scene.primitives.remove(p);
      viewer.scene.requestRender();
    },
  };
}
