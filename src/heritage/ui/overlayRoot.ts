/**
 * Where tour overlays (subtitles, the 360° view) are portalled: the shell's main area, beside the
 * map — not inside the panel, whose `backdrop-filter` would make it their containing block.
 */
export function overlayRoot(): HTMLElement {
  return document.querySelector<HTMLElement>('.app-main') ?? document.body;
}
