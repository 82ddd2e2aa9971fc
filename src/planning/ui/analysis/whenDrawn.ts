/**
 * Resolves once `drawing` is ready and two more frames have rendered with it, nudging the scene to
 * render meanwhile (the low render mode only renders on request). Returns a cancel function.
 */
import type { Viewer } from 'cesium';
import type { Drawing } from './Drawing.ts';

/** How often the scene is asked to render while waiting, ms. */
const NUDGE_MS = 150;

/** Calls `onDrawn` once `drawing` is on screen; the returned function cancels the wait. */
export function whenDrawn(viewer: Viewer, drawing: Drawing, onDrawn: () => void): () => void {
  let frames = 0;
  let done = false;
  const scene = viewer.scene;
  const removeListener = scene.postRender.addEventListener(() => {
    if (done) return;
    frames = drawing.ready() ? frames + 1 : 0;
    if (frames >= 3) {
      finish();
      onDrawn();
    } else scene.requestRender();
  });
  const nudge = window.setInterval(() => !done && !viewer.isDestroyed() && scene.requestRender(), NUDGE_MS);
  function finish(): void {
    done = true;
    window.clearInterval(nudge);
    if (!viewer.isDestroyed()) removeListener();
  }
  scene.requestRender();
  return () => {
    if (!done) finish();
  };
}
