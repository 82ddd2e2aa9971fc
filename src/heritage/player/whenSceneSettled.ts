import type { Scene } from 'cesium';

/** Consecutive settled frames required before a stop counts as drawn. */
export const SETTLED_FRAMES = 3;

/**
 * Resolves once `scene` has rendered {@link SETTLED_FRAMES} frames in a row with its globe tiles
 * loaded and `extra()` true (e.g. the stop's 3D Tiles loaded) — "the stop is fully drawn". Keeps
 * asking for frames meanwhile (the scene may render on demand). `signal` aborts the wait.
 */
export function whenSceneSettled(scene: Scene, extra: () => boolean = () => true, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let frames = 0;
    const nudge = setInterval(() => !scene.isDestroyed() && scene.requestRender(), 150);
    const remove = scene.postRender.addEventListener(() => {
      frames = scene.globe.tilesLoaded && extra() ? frames + 1 : 0;
      if (frames >= SETTLED_FRAMES) finish();
      else scene.requestRender();
    });
    function finish(error?: unknown) {
      clearInterval(nudge);
      remove();
      if (error) reject(error);
      else resolve();
    }
    signal?.addEventListener('abort', () => finish(new DOMException('aborted', 'AbortError')), { once: true });
    scene.requestRender();
  });
}
