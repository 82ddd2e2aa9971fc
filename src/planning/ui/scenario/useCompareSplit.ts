/**
 * The compare view: baseline on the left, scenario on the right of a draggable divider. Cesium's
 * splitter discards fragments by screen x (`scene.splitPosition` + per-primitive `splitDirection`),
 * so both halves share one camera — the cameras are synchronised by construction. The left half is a
 * second instance of the buildings tileset (same URL, so tiles come from the HTTP cache) with the
 * baseline's style; the shell's tileset and the proposals are drawn on the right.
 */
import { Cesium3DTileset, SplitDirection, type Cesium3DTileStyle, type Viewer } from 'cesium';
import { useEffect, useState } from 'react';
import { tilesetUrl } from '../../../viewer3d/createTilesetLayer.ts';
import { BUILDINGS_LAYER_ID, buildingTilesets, markOwnTileset } from './buildingTilesets.ts';

/** Divider width, CSS px. */
const DIVIDER_PX = 6;

/** Inputs of {@link useCompareSplit}. */
export interface CompareSplitInput {
  viewer: Viewer | undefined;
  enabled: boolean;
  /** Style of the baseline half. */
  baselineStyle: Cesium3DTileStyle | undefined;
  /** Divider position, 0–1 of the view's width. */
  position: number;
  /** Called when a drag ends, with the new position. */
  onPosition: (position: number) => void;
  /** Accessible label of the divider. */
  label: string;
}

/** Sets up the split while `enabled`; returns the baseline tileset once its first tiles are loaded (undefined otherwise). */
export function useCompareSplit({ viewer, enabled, baselineStyle, position, onPosition, label }: CompareSplitInput): { tileset?: Cesium3DTileset; ready: boolean } {
  const [tileset, setTileset] = useState<Cesium3DTileset | undefined>(undefined);
  const [ready, setReady] = useState(false);

  // The baseline tileset and the right-hand side of everything else.
  useEffect(() => {
    if (!viewer || !enabled) return;
    let own: Cesium3DTileset | undefined;
    let cancelled = false;
    const scene = viewer.scene;
    const sideRight = () => {
      for (const t of buildingTilesets(scene)) if (t.splitDirection !== SplitDirection.RIGHT) t.splitDirection = SplitDirection.RIGHT;
    };
    sideRight();
    const remove = scene.postRender.addEventListener(sideRight);
    Cesium3DTileset.fromUrl(tilesetUrl(BUILDINGS_LAYER_ID), { cacheBytes: 256 * 1024 * 1024 }).then((t) => {
      if (cancelled || viewer.isDestroyed()) { t.destroy(); return; }
      own = t;
      markOwnTileset(t);
      t.splitDirection = SplitDirection.LEFT;
      t.initialTilesLoaded.addEventListener(() => { if (!cancelled) setReady(true); });
      scene.primitives.add(t);
      setTileset(t);
      scene.requestRender();
    }).catch((error: unknown) => console.warn(`compare view: the baseline tileset could not be loaded (${(error as Error).message})`));
    return () => {
      cancelled = true;
      remove();
      setTileset(undefined);
      setReady(false);
      if (viewer.isDestroyed()) return;
      if (own) scene.primitives.remove(own);
      for (const t of buildingTilesets(scene)) t.splitDirection = SplitDirection.NONE;
      scene.requestRender();
    };
  }, [viewer, enabled]);

  useEffect(() => {
    if (tileset && baselineStyle && !tileset.isDestroyed()) {
      tileset.style = baselineStyle;
      viewer?.scene.requestRender();
    }
  }, [viewer, tileset, baselineStyle]);

  // The divider: a DOM bar over the canvas, dragged with the pointer.
  useEffect(() => {
    if (!viewer || !enabled) return;
    const scene = viewer.scene;
    scene.splitPosition = position;
    const bar = document.createElement('div');
    bar.className = 'scenario-split-divider';
    bar.setAttribute('role', 'separator');
    bar.setAttribute('aria-label', label);
    bar.setAttribute('aria-orientation', 'vertical');
    bar.dataset.testid = 'scenario-split-divider';
    Object.assign(bar.style, {
      position: 'absolute', top: '0', bottom: '0', width: `${DIVIDER_PX}px`, marginLeft: `${-DIVIDER_PX / 2}px`, left: `${position * 100}%`,
      background: 'rgba(255,255,255,0.9)', boxShadow: '0 0 4px rgba(0,0,0,0.6)', cursor: 'ew-resize', zIndex: '2', touchAction: 'none',
    });
    let dragging = false;
    let latest = position;
    const move = (e: PointerEvent) => {
      if (!dragging) return;
      const box = viewer.container.getBoundingClientRect();
      latest = Math.min(0.98, Math.max(0.02, (e.clientX - box.left) / box.width));
      bar.style.left = `${latest * 100}%`;
      scene.splitPosition = latest;
      scene.requestRender();
    };
    const down = (e: PointerEvent) => { dragging = true; bar.setPointerCapture(e.pointerId); e.preventDefault(); };
    const up = () => { if (dragging) { dragging = false; onPosition(Math.round(latest * 1000) / 1000); } };
    bar.addEventListener('pointerdown', down);
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', up);
    bar.addEventListener('pointercancel', up);
    viewer.container.appendChild(bar);
    scene.requestRender();
    return () => {
      bar.remove();
      if (!viewer.isDestroyed()) { scene.splitPosition = 0.5; scene.requestRender(); }
    };
  }, [viewer, enabled, position, onPosition, label]);

  return { tileset, ready: enabled ? ready : false };
}
