/**
 * Keeps the planning style ({@link buildingStyle}) on the shell's buildings tileset: applied at once,
 * re-applied after every frame in which the shell replaced it (opacity change, a reloaded tileset),
 * and the shell's own style put back when the scenario tools unmount. Returns the key of the style
 * that has been applied to every buildings tileset present.
 */
import type { Cesium3DTileset, Cesium3DTileStyle, Viewer } from 'cesium';
import { useEffect, useRef, useState } from 'react';
import { buildingTilesets } from './buildingTilesets.ts';

/** Applies `style` (built for `key`) to the shell's buildings tilesets. */
export function useBuildingStyle(viewer: Viewer | undefined, style: Cesium3DTileStyle | undefined, key: string | undefined): string | undefined {
  const originals = useRef(new Map<Cesium3DTileset, Cesium3DTileStyle | undefined>());
  const [appliedKey, setAppliedKey] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!viewer || !style) return;
    const scene = viewer.scene;
    const apply = () => {
      let changed = false;
      for (const t of buildingTilesets(scene)) {
        if (t.style === style) continue;
        if (!originals.current.has(t)) originals.current.set(t, t.style);
        t.style = style;
        changed = true;
      }
      if (changed) scene.requestRender();
    };
    apply();
    setAppliedKey(key);
    const remove = scene.postRender.addEventListener(apply);
    return () => { remove(); };
  }, [viewer, style, key]);

  useEffect(() => () => {
    if (!viewer || viewer.isDestroyed()) return;
    for (const [t, s] of originals.current) if (!t.isDestroyed()) t.style = s;
    originals.current.clear();
    viewer.scene.requestRender();
  }, [viewer]);

  return appliedKey;
}
