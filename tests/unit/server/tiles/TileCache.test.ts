/** The tile LRU: eviction by count and bytes, revision in the key, shared in-flight encodes. */
import { describe, expect, it } from 'vitest';
import { TileCache } from '../../../../src/server/api/tiles/TileCache.ts';

const key = (x: number, revision = '1') => ({ collectionId: 'c', revision, z: 14, x, y: 0 });
const bytes = (n: number) => new Uint8Array(n);

describe('TileCache', () => {
  it('evicts the least recently used tile beyond maxTiles', () => {
    const cache = new TileCache({ maxTiles: 2 });
    cache.set(key(1), bytes(1));
    cache.set(key(2), bytes(1));
    cache.get(key(1));
    cache.set(key(3), bytes(1));
    expect(cache.get(key(1))).toBeDefined();
    expect(cache.get(key(2))).toBeUndefined();
    expect(cache.get(key(3))).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('evicts by bytes and never keeps a tile larger than maxBytes', () => {
    const cache = new TileCache({ maxBytes: 10 });
    cache.set(key(1), bytes(6));
    cache.set(key(2), bytes(6));
    expect(cache.get(key(1))).toBeUndefined();
    expect(cache.bytes).toBe(6);
    cache.set(key(3), bytes(11));
    expect(cache.get(key(3))).toBeUndefined();
    expect(cache.bytes).toBe(6);
  });

  it('keys on the revision, so a bumped revision misses', () => {
    const cache = new TileCache();
    cache.set(key(1, '7'), bytes(3));
    expect(cache.get(key(1, '8'))).toBeUndefined();
    expect(cache.get(key(1, '7'))).toHaveLength(3);
  });

  it('shares one encode between concurrent requests and caches empty tiles', async () => {
    const cache = new TileCache();
    let calls = 0;
    const make = async () => {
      calls++;
      return bytes(0);
    };
    const [a, b] = await Promise.all([cache.getOrCreate(key(1), make), cache.getOrCreate(key(1), make)]);
    expect(a).toBe(b);
    await cache.getOrCreate(key(1), make);
    expect(calls).toBe(1);
  });

  it('does not cache a failed encode', async () => {
    const cache = new TileCache();
    await expect(cache.getOrCreate(key(1), () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.getOrCreate(key(1), async () => bytes(2))).toHaveLength(2);
  });
});
