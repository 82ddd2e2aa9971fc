import { describe, expect, it } from 'vitest';
import { parseTilesetEvents, revisionOfTilesetVersion, shouldReloadTileset, versionedUrl } from '../../../src/viewer3d/tilesetLiveUpdates.ts';

describe('live tileset reloads (pure part)', () => {
  it('reads tileset events out of batched live messages and ignores the rest', () => {
    const text = JSON.stringify([
      { type: 'hello' }, { type: 'tileset', name: 'buildings', revision: 7 }, { type: 'observation', id: 1, ds: 2, thing: 3, t: 'x', result: 1 },
      { type: 'tileset', name: 'bad', revision: '8' }, { type: 'tileset', revision: 9 }, null, { type: 'tileset', name: 'monuments', revision: 2 },
    ]);
    expect(parseTilesetEvents(text)).toEqual([{ name: 'buildings', revision: 7 }, { name: 'monuments', revision: 2 }]);
    expect(parseTilesetEvents(JSON.stringify({ type: 'tileset', name: 'a', revision: 1 }))).toEqual([{ name: 'a', revision: 1 }]);
    expect(parseTilesetEvents('not json')).toEqual([]);
    expect(parseTilesetEvents('42')).toEqual([]);
  });

  it('reloads only its own layer, and only for a newer revision', () => {
    const e = { name: 'buildings', revision: 5 };
    expect(shouldReloadTileset('buildings', 4, e)).toBe(true);
    expect(shouldReloadTileset('buildings', 5, e)).toBe(false);
    expect(shouldReloadTileset('buildings', 6, e)).toBe(false);
    expect(shouldReloadTileset('other', 1, e)).toBe(false);
    expect(shouldReloadTileset('buildings', undefined, e)).toBe(true);
  });

  it('reads the revision from asset.tilesetVersion', () => {
    expect(revisionOfTilesetVersion('12')).toBe(12);
    expect(revisionOfTilesetVersion(3)).toBe(3);
    expect(revisionOfTilesetVersion(undefined)).toBeUndefined();
    expect(revisionOfTilesetVersion('')).toBeUndefined();
    expect(revisionOfTilesetVersion('abc')).toBeUndefined();
  });

  it('busts caches with ?v=<revision>', () => {
    expect(versionedUrl('/tilesets/b/tileset.json', 9)).toBe('/tilesets/b/tileset.json?v=9');
    expect(versionedUrl('/tilesets/b/tileset.json?v=3&x=1', 9)).toBe('/tilesets/b/tileset.json?v=9&x=1');
  });
});
