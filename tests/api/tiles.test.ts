/**
 * OGC API – Tiles (Mapbox Vector Tiles) against a live server with the sample layers from layers/,
 * on PGlite and (when TEST_DATABASE_URL is set) PostgreSQL; tiles are decoded with
 * @mapbox/vector-tile and checked against the seed GeoJSON. A last block proves that the two
 * pipelines (native ST_AsMVTGeom + ST_AsMVT on PostgreSQL, portable SQL + vt-pbf on PGlite) make
 * equivalent tiles: the same features, ids and properties exactly, geometries within a unit or two
 * (see compareTiles.ts).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMvtEncoder } from '../../src/server/api/tiles/asMvtEncoder.ts';
import { jsMvtEncoder } from '../../src/server/api/tiles/jsMvtEncoder.ts';
import { tileOf } from '../../src/server/api/tiles/webMercatorQuad.ts';
import { tileDifferences } from '../unit/server/tiles/compareTiles.ts';
import { decodeTile } from '../unit/server/tiles/decodeTile.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

// 13 monument points (Citadel, Imperial City, tombs, Thiên Mụ …), as seeded.
const monuments = JSON.parse(readFileSync('layers/heritage-monuments.geojson', 'utf8')) as {
  features: Array<{ id: string; geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }>;
};
const CITADEL = { lon: 107.5786, lat: 16.4698 };
const TILE_ROUTE = '/api/collections/:id/tiles/:tileMatrixSet/:tileMatrix/:tileRow/:tileCol';

/** Position of a lon/lat point in tile units of tile z/x/y (y down), unrounded. */
function tileUnits(lon: number, lat: number, z: number, x: number, y: number): [number, number] {
  const n = 2 ** z;
  const phi = (lat * Math.PI) / 180;
  const fx = ((lon + 180) / 360) * n;
  const fy = ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n;
  return [(fx - x) * 4096, (fy - y) * 4096];
}

/** The tile routes are part of the server (createServer registers tileRoutes). */
async function tilesUrl(server: TestServer): Promise<{ url: string; close: () => Promise<void> }> {
  expect(server.app.hasRoute({ method: 'GET', url: TILE_ROUTE })).toBe(true);
  return { url: server.url, close: async () => undefined };
}

async function getTile(base: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes };
}

describe.each(BACKENDS)('OGC API – Tiles on %s', (backend) => {
  let server: TestServer;
  let tiles: { url: string; close: () => Promise<void> };
  const json = async (path: string) => {
    const response = await fetch(`${tiles.url}${path}`);
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.json() };
  };

  beforeAll(async () => {
    server = await startTestServer(backend, { ADMIN_PASSWORD: 'test-admin-pw' });
    tiles = await tilesUrl(server);
  });
  afterAll(async () => {
    await tiles?.close();
    await server?.stop();
  });

  it('lists one vector tileset in WebMercatorQuad with a tile URL template', async () => {
    const { status, body } = await json('/api/collections/heritage-monuments/tiles');
    expect(status).toBe(200);
    expect(body.tilesets).toHaveLength(1);
    const [tileset] = body.tilesets;
    expect(tileset.dataType).toBe('vector');
    expect(tileset.tileMatrixSetURI).toBe('http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad');
    const item = tileset.links.find((l: { rel: string }) => l.rel === 'item');
    expect(item.href).toMatch(/\/api\/collections\/heritage-monuments\/tiles\/WebMercatorQuad\/\{tileMatrix\}\/\{tileRow\}\/\{tileCol\}$/);
    expect(item.type).toBe('application/vnd.mapbox-vector-tile');
  });

  it('describes the tileset with its layer and property schema', async () => {
    const { status, body } = await json('/api/collections/heritage-monuments/tiles/WebMercatorQuad');
    expect(status).toBe(200);
    expect(body.tileMatrixSetURI).toBe('http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad');
    expect(body.layers[0].id).toBe('heritage-monuments');
    expect(body.layers[0].geometryDimension).toBe(0);
    expect(body.layers[0].propertiesSchema.properties).toMatchObject({ id: { type: 'string' }, name_vi: { type: 'string' }, built: { type: 'integer' } });
    expect(body.links.map((l: { rel: string }) => l.rel)).toEqual(expect.arrayContaining(['self', 'item', 'alternate', 'http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme']));
  });

  it('serves TileJSON 3.0.0 with {z}/{y}/{x} in OGC path order, bounds and vector_layers', async () => {
    const { status, body } = await json('/api/collections/heritage-monuments/tiles/WebMercatorQuad/tilejson.json');
    expect(status).toBe(200);
    expect(body.tilejson).toBe('3.0.0');
    expect(body.tiles).toEqual([`${tiles.url}/api/collections/heritage-monuments/tiles/WebMercatorQuad/{z}/{y}/{x}`]);
    expect([body.minzoom, body.maxzoom]).toEqual([0, 22]);
    const [w, s, e, n] = body.bounds;
    expect(w).toBeGreaterThan(107.45);
    expect(e).toBeLessThan(107.75);
    expect(s).toBeGreaterThan(16.3);
    expect(n).toBeLessThan(16.55);
    expect(body.vector_layers[0].id).toBe('heritage-monuments');
    expect(body.vector_layers[0].fields).toMatchObject({ id: 'String', name_en: 'String', built: 'Number', synthetic: 'Boolean' });
  });

  it('serves the WebMercatorQuad definition', async () => {
    const list = await json('/api/tileMatrixSets');
    expect(list.body.tileMatrixSets.map((t: { id: string }) => t.id)).toEqual(['WebMercatorQuad']);
    const { body } = await json('/api/tileMatrixSets/WebMercatorQuad');
    expect(body.uri).toBe('http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad');
    expect(body.tileMatrices).toHaveLength(25);
    expect(body.tileMatrices[14]).toMatchObject({ id: '14', matrixWidth: 16384, tileWidth: 256 });
    expect((await json('/api/tileMatrixSets/WorldCRS84Quad')).status).toBe(404);
  });

  it('puts the monuments inside the z14 Citadel tile into it, at their positions, with their properties', async () => {
    const { x, y } = tileOf(CITADEL.lon, CITADEL.lat, 14);
    const { status, headers, bytes } = await getTile(tiles.url, `/api/collections/heritage-monuments/tiles/WebMercatorQuad/14/${y}/${x}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    const layers = decodeTile(bytes);
    expect(Object.keys(layers)).toEqual(['heritage-monuments']);
    const layer = layers['heritage-monuments']!;
    expect(layer.extent).toBe(4096);
    const inside = monuments.features.filter((f) => {
      const [px, py] = tileUnits(f.geometry.coordinates[0], f.geometry.coordinates[1], 14, x, y);
      return px >= 0 && px <= 4096 && py >= 0 && py <= 4096;
    });
    expect(inside.map((f) => f.id)).toContain('kinh-thanh');
    const decodedIds = layer.features.map((f) => f.properties.id);
    for (const monument of inside) {
      expect(decodedIds).toContain(monument.id);
      const feature = layer.features.find((f) => f.properties.id === monument.id)!;
      expect(feature.type).toBe(1);
      const [px, py] = tileUnits(monument.geometry.coordinates[0], monument.geometry.coordinates[1], 14, x, y);
      const [[[gx, gy]]] = feature.geometry as [[[number, number]]];
      expect(gx).toBeGreaterThanOrEqual(0);
      expect(gx).toBeLessThanOrEqual(4096);
      expect(gy).toBeGreaterThanOrEqual(0);
      expect(gy).toBeLessThanOrEqual(4096);
      expect(Math.abs(gx - px)).toBeLessThanOrEqual(1);
      expect(Math.abs(gy - py)).toBeLessThanOrEqual(1);
      expect(feature.properties).toMatchObject({ name_vi: monument.properties.name_vi, kind: monument.properties.kind, synthetic: monument.properties.synthetic });
    }
    // Anything else in the layer lies in the 64-unit buffer around the tile.
    for (const feature of layer.features) {
      for (const [gx, gy] of feature.geometry.flat()) {
        expect(gx).toBeGreaterThanOrEqual(-64);
        expect(gx).toBeLessThanOrEqual(4160);
        expect(gy).toBeGreaterThanOrEqual(-64);
        expect(gy).toBeLessThanOrEqual(4160);
      }
    }
  });

  it('clips polygons to the tile plus buffer and orients exterior rings for MVT', async () => {
    const { x, y } = tileOf(CITADEL.lon, CITADEL.lat, 14);
    const { status, bytes } = await getTile(tiles.url, `/api/collections/citadel-walls/tiles/WebMercatorQuad/14/${y}/${x}`);
    expect(status).toBe(200);
    const layer = decodeTile(bytes)['citadel-walls']!;
    expect(layer.features.map((f) => f.properties.id)).toEqual(['hoang-thanh', 'kinh-thanh']);
    for (const feature of layer.features) {
      expect(feature.type).toBe(3);
      const ring = feature.geometry[0]!;
      for (const [gx, gy] of ring) {
        expect(Math.min(gx, gy)).toBeGreaterThanOrEqual(-64);
        expect(Math.max(gx, gy)).toBeLessThanOrEqual(4160);
      }
      // MVT: exterior rings have positive area by the surveyor's formula in tile units (clockwise on screen).
      let area = 0;
      for (let i = 0; i < ring.length - 1; i++) area += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
      expect(area).toBeGreaterThan(0);
    }
  });

  it('answers 204 for a tile with no features', async () => {
    const { x, y } = tileOf(-0.1276, 51.5072, 14); // London
    const { status, bytes, headers } = await getTile(tiles.url, `/api/collections/heritage-monuments/tiles/WebMercatorQuad/14/${y}/${x}`);
    expect(status).toBe(204);
    expect(bytes.byteLength).toBe(0);
    expect(headers.get('etag')).toBeTruthy();
  });

  it.each([
    ['25/0/0', 400, /Tile matrix \(zoom level\) 25 is out of range/],
    ['-1/0/0', 400, /"-1" is not a whole number/],
    ['14/16384/0', 400, /Tile row \(y\) 16384 is out of range for tile matrix 14/],
    ['3/0/8', 400, /Tile column \(x\) 8 is out of range for tile matrix 3/],
    ['a/0/0', 400, /"a" is not a whole number/],
    ['14/1', 400, /is not one/],
  ])('rejects the tile address %s with %i problem+json naming the value', async (address, status, detail) => {
    const response = await fetch(`${tiles.url}/api/collections/heritage-monuments/tiles/WebMercatorQuad/${address}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await response.json()).detail).toMatch(detail);
  });

  it('answers 404 problem+json for an unknown collection or tile matrix set', async () => {
    const collection = await fetch(`${tiles.url}/api/collections/no-such-layer/tiles/WebMercatorQuad/0/0/0`);
    expect(collection.status).toBe(404);
    expect((await collection.json()).detail).toContain('no-such-layer');
    const tms = await fetch(`${tiles.url}/api/collections/heritage-monuments/tiles/WorldCRS84Quad/0/0/0`);
    expect(tms.status).toBe(404);
    expect((await tms.json()).detail).toContain('WorldCRS84Quad');
    expect((await fetch(`${tiles.url}/api/collections/no-such-layer/tiles`)).status).toBe(404);
  });

  it('revalidates with ETag (304), and an edit changes the ETag and the tile content', async () => {
    const { x, y } = tileOf(CITADEL.lon, CITADEL.lat, 14);
    const path = `/api/collections/heritage-monuments/tiles/WebMercatorQuad/14/${y}/${x}`;
    const first = await getTile(tiles.url, path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const again = await getTile(tiles.url, path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes.byteLength).toBe(0);

    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'test-admin-pw' }),
    });
    const { token } = (await login.json()) as { token: string };
    const patch = await fetch(`${server.url}/api/collections/heritage-monuments/items/kinh-thanh`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ properties: { name_en: 'Huế Citadel (edited for the tile test)', visitors: { year: 2024, count: 3 } } }),
    });
    expect(patch.status).toBe(200);

    const after = await getTile(tiles.url, path, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const citadel = decodeTile(after.bytes)['heritage-monuments']!.features.find((f) => f.properties.id === 'kinh-thanh')!;
    expect(citadel.properties.name_en).toBe('Huế Citadel (edited for the tile test)');
    // Objects and arrays travel as JSON text.
    expect(JSON.parse(String(citadel.properties.visitors))).toEqual({ year: 2024, count: 3 });
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('ST_AsMVT (PostgreSQL) and vt-pbf (PGlite) make equivalent tiles', () => {
  let pglite: TestServer;
  let postgres: TestServer;
  let pgliteTiles: { url: string; close: () => Promise<void> };
  let postgresTiles: { url: string; close: () => Promise<void> };
  const addresses: Array<[string, number, number, number]> = [];
  for (const collection of ['heritage-monuments', 'citadel-walls', 'perfume-river', 'admin-wards-core', 'transport-hubs']) {
    for (const z of [6, 10, 12, 14, 16]) addresses.push([collection, z, tileOf(CITADEL.lon, CITADEL.lat, z).x, tileOf(CITADEL.lon, CITADEL.lat, z).y]);
  }

  beforeAll(async () => {
    pglite = await startTestServer('pglite');
    postgres = await startTestServer('postgres');
    expect(pglite.db.supportsAsMvt).toBe(false);
    expect(postgres.db.supportsAsMvt).toBe(true);
    pgliteTiles = await tilesUrl(pglite);
    postgresTiles = await tilesUrl(postgres);
  });
  afterAll(async () => {
    await pgliteTiles?.close();
    await postgresTiles?.close();
    await pglite?.stop();
    await postgres?.stop();
  });

  it.each(addresses)('%s %i/%i/%i: same ids and properties, equivalent geometries over HTTP on both engines', async (collection, z, x, y) => {
    const path = `/api/collections/${collection}/tiles/WebMercatorQuad/${z}/${y}/${x}`;
    const fromPglite = await getTile(pgliteTiles.url, path);
    const fromPostgres = await getTile(postgresTiles.url, path);
    expect(fromPglite.status).toBe(fromPostgres.status);
    const [a, b] = [decodeTile(fromPglite.bytes), decodeTile(fromPostgres.bytes)];
    expect(tileDifferences(a, b)).toEqual([]);
    if (fromPglite.status === 200) expect(Object.values(a)[0]!.features.length).toBeGreaterThan(0);
  });

  it.each(addresses)('%s %i/%i/%i: both encoders agree on the same PostgreSQL data', async (collection, z, x, y) => {
    const request = { collectionId: collection, tile: { z, x, y } };
    const viaSql = decodeTile(await asMvtEncoder.encode(postgres.db, request));
    const viaJs = decodeTile(await jsMvtEncoder.encode(postgres.db, request));
    expect(tileDifferences(viaJs, viaSql)).toEqual([]);
  });
});
