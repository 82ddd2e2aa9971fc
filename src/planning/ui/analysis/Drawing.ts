/** What a drawn analysis leaves in the viewer: a way to tell it is on screen and to take it away. */
export interface Drawing {
  /** True once every primitive/entity of the drawing is ready to render. */
  ready(): boolean;
  /** Removes everything the drawing added (safe after the viewer is destroyed). */
  remove(): void;
}
