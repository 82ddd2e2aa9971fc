import { describe, expect, it } from 'vitest';
import {
  liveSocketUrl, parseTilesetEvents, reconnectDelayMs, revisionOfTilesetVersion, shouldReloadTileset, TILESET_SUBSCRIPTION, versionedUrl,
} from '../../../src/viewer3d/tilesetLiveUpdates.ts';
import { parseLiveFilter } from '../../../src/server/push/LiveHub.ts';

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

  it('opens the socket on the page origin with ws or wss', () => {
    expect(liveSocketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/api/live');
    expect(liveSocketUrl({ protocol: 'https:', host: 'hue.example' })).toBe('wss://hue.example/api/live');
  });

  it('backs off from 1 s to at most 30 s', () => {
    expect(reconnectDelayMs(0, 0.5)).toBe(1000);
    expect(reconnectDelayMs(3, 0.5)).toBe(8000);
    expect(reconnectDelayMs(50, 0.5)).toBe(30_000);
    expect(reconnectDelayMs(50, 1)).toBe(36_000);
    expect(reconnectDelayMs(0, 0)).toBe(800);
  });

  it('subscribes in a form the push hub understands', () => {
    expect(parseLiveFilter(TILESET_SUBSCRIPTION)?.types).toEqual(new Set(['tileset']));
  });
});
