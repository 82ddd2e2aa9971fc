/**
 * The health, catalog and OGC API – Features core endpoints against a live server, on PGlite and
 * (when TEST_DATABASE_URL is set) on PostgreSQL, with the real sample layers from layers/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

// The API suite runs on the authored layers (testServer.ts leaves out the procedural ones).
const layerFiles = readdirSync('layers').filter(
  (f) => f.endsWith('.json') && !f.endsWith('.schema.json') && !JSON.parse(readFileSync(`layers/${f}`, 'utf8')).generator,
);
const seeded = layerFiles
  .map((f) => JSON.parse(readFileSync(`layers/${f}`, 'utf8')) as { id: string; data?: string })
  .filter((l) => l.data);
const monumentCount = (JSON.parse(readFileSync('layers/heritage-monuments.geojson', 'utf8')) as { features: unknown[] }).features.length;

describe.each(BACKENDS)('API on %s', (backend) => {
  let server: TestServer;
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('reports health with the database kind, broker and row counts', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.database).toBe(backend);
    expect(body.broker).toBe('aedes');
    expect(body.counts.collections).toBe(layerFiles.length);
    expect(body.counts.features).toBeGreaterThanOrEqual(monumentCount);
  });

  it('serves the layer catalog with feature counts and item URLs', async () => {
    const { body } = await get('/api/layers');
    expect(body.layers.map((l: { id: string }) => l.id).sort()).toEqual(
      layerFiles.map((f) => JSON.parse(readFileSync(`layers/${f}`, 'utf8')).id).sort(),
    );
    const monuments = body.layers.find((l: { id: string }) => l.id === 'heritage-monuments');
    expect(monuments.featureCount).toBe(monumentCount);
    expect(monuments.itemsUrl).toBe('/api/collections/heritage-monuments/items?limit=10000');
    expect(monuments.source.name).toBeTruthy();
    expect(monuments.licence).toBeTruthy();
  });

  it('has an OGC landing page, conformance and collections with extents', async () => {
    const landing = await get('/api');
    expect(landing.body.links.map((l: { rel: string }) => l.rel)).toEqual(expect.arrayContaining(['self', 'conformance', 'data']));
    const conformance = await get('/api/conformance');
    expect(conformance.body.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core');
    const { body } = await get('/api/collections');
    expect(body.collections).toHaveLength(seeded.length + (layerFiles.length - seeded.length));
    const monuments = body.collections.find((c: { id: string }) => c.id === 'heritage-monuments');
    const [w, s, e, n] = monuments.extent.spatial.bbox[0];
    // The monuments lie around Huế: the Citadel and the tombs south-west of it.
    expect(w).toBeGreaterThan(107.45);
    expect(e).toBeLessThan(107.75);
    expect(s).toBeGreaterThan(16.3);
    expect(n).toBeLessThan(16.55);
  });

  it('pages items with numberMatched, numberReturned and next links', async () => {
    const first = await get('/api/collections/heritage-monuments/items?limit=5');
    expect(first.type).toContain('application/geo+json');
    expect(first.body.type).toBe('FeatureCollection');
    expect(first.body.numberMatched).toBe(monumentCount);
    expect(first.body.numberReturned).toBe(5);
    const next = first.body.links.find((l: { rel: string }) => l.rel === 'next');
    expect(next.href).toContain('offset=5');
    const second = await get(new URL(next.href).pathname + new URL(next.href).search);
    const ids = [...first.body.features, ...second.body.features].map((f: { id: string }) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const all = await get('/api/collections/heritage-monuments/items?limit=10000');
    expect(all.body.features).toHaveLength(monumentCount);
    expect(all.body.links.find((l: { rel: string }) => l.rel === 'next')).toBeUndefined();
    const feature = all.body.features[0];
    expect(feature.geometry.type).toBe('Point');
    expect(typeof feature.properties.synthetic).toBe('boolean');
  });

  it('filters by bbox: a box around the Citadel excludes the royal tombs', async () => {
    const all = (await get('/api/collections/heritage-monuments/items?limit=10000')).body.features as Array<{
      id: string;
      geometry: { coordinates: [number, number] };
    }>;
    const box = [107.565, 16.455, 107.595, 16.485];
    const { body } = await get(`/api/collections/heritage-monuments/items?limit=10000&bbox=${box.join(',')}`);
    const expected = all.filter(({ geometry: { coordinates: [x, y] } }) => x >= box[0]! && x <= box[2]! && y >= box[1]! && y <= box[3]!);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(body.features.map((f: { id: string }) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
  });

  it('returns one feature with an ETag, and 404 problem+json for unknown ids', async () => {
    const all = await get('/api/collections/heritage-monuments/items?limit=1');
    const id = all.body.features[0].id;
    const one = await get(`/api/collections/heritage-monuments/items/${encodeURIComponent(id)}`);
    expect(one.status).toBe(200);
    expect(one.body.id).toBe(id);
    expect(one.headers.get('etag')).toBe('"1"');
    const missing = await get('/api/collections/heritage-monuments/items/no-such-feature');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
    expect(missing.body.detail).toContain('no-such-feature');
    const noCollection = await get('/api/collections/nope/items');
    expect(noCollection.status).toBe(404);
    expect(noCollection.body.detail).toContain('"nope"');
  });

  it.each([
    ['bbox=1,2,3', 'bbox'],
    ['bbox=107,17,108,16', 'bbox'],
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=100001', 'limit'],
    ['offset=-1', 'offset'],
    ['colour=red', 'colour'],
  ])('rejects %s with a problem+json naming %s', async (query, name) => {
    const { status, type, body } = await get(`/api/collections/heritage-monuments/items?${query}`);
    expect(status).toBe(400);
    expect(type).toContain('application/problem+json');
    expect(body.status).toBe(400);
    expect(body.detail).toContain(name);
  });

  it('answers unknown API paths with problem+json', async () => {
    const { status, type, body } = await get('/api/does-not-exist');
    expect(status).toBe(404);
    expect(type).toContain('application/problem+json');
    expect(body.title).toBe('Not found');
  });
});
