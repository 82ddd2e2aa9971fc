import { useEffect, useRef } from 'react';
import type { Viewer } from 'cesium';

/** How often the scene is nudged to render while waiting for readiness, in milliseconds. */
const NUDGE_MS = 150;

/**
 * Calls `onReady(readyKey)` once per `readyKey` when: all visible layers' data is loaded
 * (`dataLoaded`) and added (`applied` changed after that), every data source reports ready,
 * `scene.globe.tilesLoaded` and `settled()` (3D Tiles layers: their visible tiles are loaded) are
 * true on two consecutive frames, and then one more frame has rendered.
 */
export function useCesiumReadiness(
  viewer: Viewer | undefined,
  { dataLoaded, applied, readyKey, onReady, settled = () => true }: {
    dataLoaded: boolean; applied: number; readyKey: string; onReady: (key: string) => void;
    /** Extra condition, checked every frame. Default: always true. */
    settled?: () => boolean;
  },
): void {
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  const settledRef = useRef(settled);
  settledRef.current = settled;
  const doneFor = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!viewer || viewer.isDestroyed() || !dataLoaded || applied === 0 || doneFor.current === readyKey) return;
    const scene = viewer.scene;
    let settledFrames = 0;
    let finished = false;
    const removePostRender = scene.postRender.addEventListener(() => {
      if (finished) return;
      const settled = scene.globe.tilesLoaded && viewer.dataSourceDisplay.ready && settledRef.current();
      settledFrames = settled ? settledFrames + 1 : 0;
      if (settledFrames >= 3) {
        finished = true;
        doneFor.current = readyKey;
        onReadyRef.current(readyKey);
      } else {
        scene.requestRender();
      }
    });
    const nudge = window.setInterval(() => !finished && !viewer.isDestroyed() && scene.requestRender(), NUDGE_MS);
    scene.requestRender();
    return () => {
      finished = true;
      window.clearInterval(nudge);
      if (!viewer.isDestroyed()) removePostRender();
    };
  }, [viewer, dataLoaded, applied, readyKey]);
}
