/**
 * Replaces a draped overlay without a blank frame: the new imagery layer is added on top of the
 * old one, and the old one is removed only once the globe reports its tiles loaded (the new image
 * is on screen). Overlays updated from live data would otherwise blink — or, updated faster than
 * software rendering loads a tile, never show at all.
 */
import type { ImageryLayer, Viewer } from 'cesium';

/** One overlay slot in a viewer's imagery layers. */
export class ImageryLayerSwap {
  private current: ImageryLayer | undefined;
  private retiring: ImageryLayer[] = [];
  private removeListener: (() => void) | undefined;

  /** `index`: where new layers go in `viewer.imageryLayers` (undefined = on top). */
  constructor(private readonly viewer: Viewer, private readonly index?: number) {}

  /** The layer shown (or being loaded) last. */
  get layer(): ImageryLayer | undefined {
    return this.current;
  }

  /** Shows `layer` in place of the current one. */
  show(layer: ImageryLayer): void {
    if (this.viewer.isDestroyed()) return;
    const layers = this.viewer.imageryLayers;
    const at = this.index === undefined ? undefined : Math.min(this.index, layers.length);
    if (at === undefined) layers.add(layer);
    else layers.add(layer, at);
    if (this.current) this.retiring.push(this.current);
    this.current = layer;
    this.scheduleCleanup();
    this.viewer.scene.requestRender();
  }

  /** Removes every layer of this slot. */
  clear(): void {
    this.removeListener?.();
    this.removeListener = undefined;
    if (this.viewer.isDestroyed()) return;
    for (const l of [...this.retiring, ...(this.current ? [this.current] : [])]) this.viewer.imageryLayers.remove(l, true);
    this.retiring = [];
    this.current = undefined;
    this.viewer.scene.requestRender();
  }

  private scheduleCleanup(): void {
    if (this.removeListener) return;
    const scene = this.viewer.scene;
    this.removeListener = scene.postRender.addEventListener(() => {
      if (!scene.globe.tilesLoaded) {
        scene.requestRender();
        return;
      }
      for (const l of this.retiring) this.viewer.imageryLayers.remove(l, true);
      this.retiring = [];
      this.removeListener?.();
      this.removeListener = undefined;
      scene.requestRender();
    });
  }
}
