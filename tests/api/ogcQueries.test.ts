/**
 * Query features of the OGC API against a live server: CQL2 filters, datetime, property equality,
 * HTML and CSV views, OpenAPI. Uses a temp catalog with one fixture layer of six points around the
 * Citadel with a number (`height`), a string (`kind`) and an ISO date (`opened`, the temporal property).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './apiClient.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

const sites = [
  { id: 's1', kind: 'gate', height: 17, opened: '1833-01-01', lon: 107.5786, lat: 16.4698 },
  { id: 's2', kind: 'gate', height: 12, opened: '1824-06-15', lon: 107.5700, lat: 16.4750 },
  { id: 's3', kind: 'tower', height: 37, opened: '1807-03-01', lon: 107.5806, lat: 16.4656 },
  { id: 's4', kind: 'palace', height: 11, opened: '1805-01-01', lon: 107.5776, lat: 16.4697 },
  { id: 's5', kind: 'pagoda', height: 21, opened: '1601-01-01', lon: 107.5446, lat: 16.4533 },
  { id: 's6', kind: "O'Brien", height: 3.5, opened: '2025-07-01T08:00:00Z', lon: 107.6000, lat: 16.4600 },
];

describe.each(BACKENDS)('OGC queries on %s', (backend) => {
  let server: TestServer;
  let layersDir: string;
  const ids = async (query: string) => {
    const answer = await call(server.url, 'GET', `/api/collections/fixture-sites/items?limit=100&${query}`);
    expect(answer.status, answer.text).toBe(200);
    return (answer.body.features as Array<{ id: string }>).map((f) => f.id).sort();
  };
  const filter = (cql: string) => ids(`filter=${encodeURIComponent(cql)}`);

  beforeAll(async () => {
    layersDir = await mkdtemp(path.join(os.tmpdir(), 'hue-q-'));
    await writeFile(
      path.join(layersDir, 'fixture-sites.json'),
      JSON.stringify({
        id: 'fixture-sites',
        title: { vi: 'Điểm thử', en: 'Fixture sites' },
        sector: 'heritage',
        type: 'geojson',
        data: 'fixture-sites.geojson',
        geometryType: 'Point',
        temporalProperty: 'opened',
        source: { name: 'test fixture', synthetic: true },
        licence: 'CC0',
        style: {},
        legend: [{ label: { vi: 'Điểm', en: 'Site' }, color: '#ff0000', shape: 'point' }],
      }),
    );
    await writeFile(
      path.join(layersDir, 'fixture-sites.geojson'),
      JSON.stringify({
        type: 'FeatureCollection',
        features: sites.map(({ id, lon, lat, ...properties }) => ({ type: 'Feature', id, properties, geometry: { type: 'Point', coordinates: [lon, lat] } })),
      }),
    );
    server = await startTestServer(backend, { LAYERS_DIR: layersDir });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(layersDir, { recursive: true, force: true });
  });

  it('filters with CQL2 text: comparison, logic, LIKE, IN, BETWEEN, spatial', async () => {
    expect(await filter("kind = 'gate'")).toEqual(['s1', 's2']);
    expect(await filter('height > 15 AND NOT kind = \'tower\'')).toEqual(['s1', 's5']);
    expect(await filter("kind = 'tower' OR height < 12")).toEqual(['s3', 's4', 's6']);
    expect(await filter("kind LIKE 'pa%'")).toEqual(['s4', 's5']);
    expect(await filter("kind IN ('palace', 'pagoda')")).toEqual(['s4', 's5']);
    expect(await filter('height BETWEEN 12 AND 21')).toEqual(['s1', 's2', 's5']);
    expect(await filter("kind = 'O''Brien'")).toEqual(['s6']);
    expect(await filter('S_INTERSECTS(geometry, BBOX(107.575, 16.465, 107.585, 16.472))')).toEqual(['s1', 's3', 's4']);
    expect(await filter('S_WITHIN(geometry, POLYGON((107.56 16.44, 107.61 16.44, 107.61 16.48, 107.56 16.48, 107.56 16.44)))')).toEqual(['s1', 's2', 's3', 's4', 's6']);
    expect(await filter("T_INTERSECTS(opened, INTERVAL('1800-01-01', '1830-12-31'))")).toEqual(['s2', 's3', 's4']);
  });

  it('filters by datetime on the temporal property and by property equality', async () => {
    expect(await ids('datetime=1800-01-01/1830-12-31')).toEqual(['s2', 's3', 's4']);
    expect(await ids('datetime=2025-07-01')).toEqual(['s6']);
    expect(await ids('datetime=../1700-01-01')).toEqual(['s5']);
    expect(await ids('kind=gate')).toEqual(['s1', 's2']);
    expect(await ids('height=37')).toEqual(['s3']);
    expect(await ids('kind=gate&filter=height%3E15')).toEqual(['s1']);
  });

  it.each([
    ['filter=height%20%3E', 'filter:'],
    ['filter=colour%3D1', "unknown property 'colour'"],
    ["filter=height%20%3D%20'tall'", 'filter:'],
    ['height=tall', '"height" is a number'],
    ['colour=red', 'queryables: '],
    ['filter-crs=EPSG:3857&filter=height>1', 'filter-crs'],
  ])('rejects %s with a problem naming the fault', async (query, message) => {
    const answer = await call(server.url, 'GET', `/api/collections/fixture-sites/items?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.type).toContain('application/problem+json');
    expect(answer.body.detail).toContain(message);
  });

  it('answers in VN-2000 and EPSG:4326 (Part 2), agreeing with PROJ to 1 cm', async () => {
    const vn = await call(server.url, 'GET', '/api/collections/fixture-sites/items/s1?crs=http://www.opengis.net/def/crs/EPSG/0/9214');
    expect(vn.headers.get('content-crs')).toBe('<http://www.opengis.net/def/crs/EPSG/0/9214>');
    // PROJ 9.1.1 (EPSG:6960): echo "16.4698 107.5786" | cs2cs EPSG:4326 EPSG:9214 → 561582.5864 1821650.1395
    const [e, n] = vn.body.geometry.coordinates;
    expect(Math.abs(e - 561582.5864)).toBeLessThan(0.01);
    expect(Math.abs(n - 1821650.1395)).toBeLessThan(0.01);
    const latLon = await call(server.url, 'GET', '/api/collections/fixture-sites/items?limit=100&crs=http://www.opengis.net/def/crs/EPSG/0/4326');
    const s1 = latLon.body.features.find((f: { id: string }) => f.id === 's1');
    expect(s1.geometry.coordinates).toEqual([16.4698, 107.5786]);
    const collection = await call(server.url, 'GET', '/api/collections/fixture-sites');
    expect(collection.body.crs).toContain('http://www.opengis.net/def/crs/EPSG/0/9214');
  });

  it('takes a bbox in VN-2000 (bbox-crs)', async () => {
    const box = [561482.6, 1821550.1, 561682.6, 1821750.1].join(',');
    expect(await ids(`bbox=${box}&bbox-crs=${encodeURIComponent('http://www.opengis.net/def/crs/EPSG/0/9214')}`)).toEqual(['s1']);
    const bad = await call(server.url, 'GET', '/api/collections/fixture-sites/items?crs=EPSG:9999');
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('EPSG/0/9214');
  });

  it('publishes queryables with types', async () => {
    const { body } = await call(server.url, 'GET', '/api/collections/fixture-sites/queryables');
    expect(body.properties.geometry.format).toBe('geometry-any');
    expect(body.properties.height.type).toBe('number');
    expect(body.properties.kind.type).toBe('string');
    expect(body.properties.opened.format).toBe('date-time');
  });

  it('serves HTML pages for people, with escaped values', async () => {
    const page = await call(server.url, 'GET', '/api/collections/fixture-sites/items', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('O&#39;Brien');
    expect(page.text).toContain('/api/collections/fixture-sites/items/s1?f=html');
    for (const p of ['/api?f=html', '/api/collections?f=html', '/api/collections/fixture-sites?f=html', '/api/collections/fixture-sites/items/s1?f=html', '/api/conformance?f=html']) {
      const answer = await call(server.url, 'GET', p);
      expect(answer.status, p).toBe(200);
      expect(answer.text, p).toMatch(/^<!doctype html>/);
    }
  });

  it('downloads CSV with WKT geometry', async () => {
    const { text, type, headers } = await call(server.url, 'GET', '/api/collections/fixture-sites/items?f=csv&limit=100');
    expect(type).toContain('text/csv');
    expect(headers.get('content-disposition')).toContain('fixture-sites.csv');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('id,wkt,kind,height,opened');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe('s1,POINT(107.5786 16.4698),gate,17,1833-01-01');
  });

  it('serves an OpenAPI 3.0 document whose plain GET routes answer', async () => {
    const { body } = await call(server.url, 'GET', '/api/openapi.json');
    expect(body.openapi).toMatch(/^3\.0/);
    type Operation = { security?: unknown; parameters?: Array<{ name?: string; in?: string; required?: boolean }> };
    const fillable = new Set(['collectionId', 'featureId', 'version']);
    // GETs a plain HTTP client can call with no credentials and no values it would have to look up
    const plain = Object.entries(body.paths as Record<string, Record<string, Operation>>).filter(([template, ops]) => {
      const get = ops.get;
      if (!get || get.security || template === '/api/live') return false;
      const params = (get.parameters ?? []).filter((p) => p.in);
      return params.every((p) => (p.in === 'path' ? fillable.has(p.name ?? '') : !p.required))
        && [...template.matchAll(/\{(\w+)\}/g)].every(([, name]) => fillable.has(name));
    });
    expect(plain.length).toBeGreaterThan(15);
    for (const [template] of plain) {
      const concrete = template.replace('{collectionId}', 'fixture-sites').replace('{featureId}', 's1').replace('{version}', '1');
      const answer = await call(server.url, 'GET', concrete);
      // 404 only as a problem saying what is missing (this catalog has no emission sources, say)
      if (answer.status === 404) expect(answer.body.detail, concrete).toMatch(/\w/);
      else expect(answer.status, concrete).toBe(200);
    }
  });

  it('documents every route the server registers, and only those', async () => {
    const { body } = await call(server.url, 'GET', '/api/openapi.json');
    // `{name}` and `:name` both become `{}`; a trailing wildcard is documented as one `{path}`-like parameter
    const shape = (path: string) => path.replace(/\{\w+\}|:\w+|\*$/g, '{}').replace(/\/$/, '');
    const documented = new Set(Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([template, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${shape(template)}`)));
    // the web app's files (`/*`, or `/` saying it is not built yet); the document itself
    const skipped = (url: string) => url === '/*' || url === '/' || url === '/api/openapi.json';
    // catch-alls that only explain a malformed address (e.g. a bad tile path → 400) are covered by the paths below them
    const explainsBadPaths = (r: { method: string; url: string }) => r.url.endsWith('/*') && !documented.has(`${r.method} ${shape(r.url)}`)
      && [...documented].some((d) => d.startsWith(`${r.method} ${shape(r.url.slice(0, -2))}/`));
    const registered = new Set(server.routes.filter((r) => !skipped(r.url) && !explainsBadPaths(r)).map((r) => `${r.method} ${shape(r.url)}`));
    // a wildcard route stands for any deeper path, e.g. `/api/sta/v1.1/{}` also answers `…/{}` below it
    expect([...registered].filter((r) => !documented.has(r)), 'routes missing from /api/openapi.json').toEqual([]);
    expect([...documented].filter((d) => !registered.has(d)), 'documented routes the server does not have').toEqual([]);
  });
});
