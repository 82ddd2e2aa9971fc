/** Keeps the viewer's sun and shadows in step with `sun=` (off when undefined). */
import { useEffect } from 'react';
import type { Viewer } from 'cesium';
import { applySunLighting } from './applySunLighting.ts';

/** Applies sun lighting at `instant` (ms since 1970, undefined = off) while mounted. */
export function useSunLighting(viewer: Viewer | undefined, instantMs: number | undefined): void {
  useEffect(() => {
    if (!viewer || viewer.isDestroyed() || instantMs === undefined) return;
    return applySunLighting(viewer, new Date(instantMs));
  }, [viewer, instantMs]);
}
