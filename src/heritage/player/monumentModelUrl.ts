/**
 * The monument models layer is a 3D Tiles tileset with one tile per monument, its content named
 * `<layer>-<monumentId>.<hash>.glb` (src/tiles), the layer being the tileset's folder name. The VR view loads that GLB on its own (three.js), so a
 * tour stop at a monument can be seen "in the round" without an uploaded model asset.
 */

/** The part of a tileset.json read here. */
interface TileLike {
  content?: { uri?: string; url?: string };
  children?: TileLike[];
}

/** URL of the model of `monumentId` in `tileset` (fetched from `tilesetUrl`); undefined if none. */
export function monumentModelUrl(tileset: { root?: TileLike }, monumentId: string, tilesetUrl: string): string | undefined {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const layer = /([^/]+)\/tileset\.json$/.exec(tilesetUrl)?.[1] ?? '';
  const pattern = new RegExp(`(^|/)${escape(layer)}-${escape(monumentId)}\\.[0-9a-f]+\\.glb$`);
  const stack: TileLike[] = tileset.root ? [tileset.root] : [];
  while (stack.length) {
    const tile = stack.pop()!;
    const uri = tile.content?.uri ?? tile.content?.url;
    if (uri && pattern.test(uri)) return new URL(uri, new URL(tilesetUrl, 'http://base.invalid/')).href.replace(/^http:\/\/base\.invalid/, '');
    stack.push(...(tile.children ?? []));
  }
  return undefined;
}
