/**
 * The pure part of live tileset reloads: what the `/api/live` WebSocket says about rebuilt tilesets
 * (`{type: 'tileset', name, revision}` events, batched as JSON arrays) and whether a drawn tileset
 * must be reloaded. No DOM, no Cesium. The socket itself: src/app/live/.
 */

/** A tileset rebuilt on the server: its name (= layer id) and the collection revision its files show. */
export interface TilesetEvent {
  name: string;
  revision: number;
}

/** The `tileset` events in one WebSocket message (a JSON array of events, or one event); [] for anything else. */
export function parseTilesetEvents(text: string): TilesetEvent[] {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return [];
  }
  const events: unknown[] = Array.isArray(msg) ? msg : [msg];
  const out: TilesetEvent[] = [];
  for (const e of events) {
    if (!e || typeof e !== 'object') continue;
    const { type, name, revision } = e as Record<string, unknown>;
    if (type !== 'tileset' || typeof name !== 'string' || typeof revision !== 'number' || !Number.isFinite(revision)) continue;
    out.push({ name, revision });
  }
  return out;
}

/**
 * Whether the tileset of layer `layerId`, showing revision `shown` (from `asset.tilesetVersion`,
 * undefined when unknown), must be reloaded for `event`: same layer and a strictly newer revision.
 * An unknown shown revision reloads (the event may describe files newer than those loaded).
 */
export function shouldReloadTileset(layerId: string, shown: number | undefined, event: TilesetEvent): boolean {
  if (event.name !== layerId) return false;
  return shown === undefined || event.revision > shown;
}

/** The revision in a tileset's `asset.tilesetVersion` (a string of digits); undefined when absent or not a number. */
export function revisionOfTilesetVersion(version: unknown): number | undefined {
  const n = typeof version === 'number' ? version : typeof version === 'string' && version.trim() !== '' ? Number(version) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** `url` with the cache-busting query `v=<revision>` (replacing any earlier one). */
export function versionedUrl(url: string, revision: number): string {
  const [path, query = ''] = url.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('v', String(revision));
  return `${path}?${params.toString()}`;
}
