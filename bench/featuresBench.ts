/**
 * `features`: OGC API – Features against 100,000 building polygons, on PGlite and (when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set) PostgreSQL: bbox queries returning ~1,000
 * features, 5,000 features as GeoJSON, a CQL2 filter, as p50/p95 over repeated requests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/server/config.ts';
import { createServer, type RunningServer } from '../src/server/createServer.ts';
import { onCleanup } from './cleanup.ts';
import { emit, progress, round } from './emit.ts';
import { hasMapServer, startMapServerPeer } from './mapserverPeer.ts';
import { createRandom } from '../src/sample/random.ts';
import { resetPostgres } from '../tests/api/testServer.ts';

/** Buildings in the bench collection. Default: 100,000. */
const BUILDINGS = Number(process.env.BENCH_BUILDINGS ?? 100_000);
/** Requests per measured query. */
const REPEAT = 30;
/** The area the buildings fill (lon/lat), around Huế. */
const AREA = { west: 107.52, south: 16.42, east: 107.66, north: 16.5 };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Fills `bench-buildings` with a grid-jittered set of rectangles, set-based in SQL. */
async function loadBuildings(server: RunningServer): Promise<void> {
  await server.db.exec(`
    INSERT INTO collections (id, title_vi, title_en, sector, geometry_type, source_name, synthetic, licence, properties_schema)
    VALUES ('bench-buildings', 'Nhà (bench)', 'Buildings (bench)', 'planning', 'Polygon', 'bench', true, 'CC0',
      '{"type":"object","properties":{"use":{"type":"string"},"height":{"type":"number"},"levels":{"type":"integer"}}}');
  `);
  const side = Math.ceil(Math.sqrt(BUILDINGS));
  const dx = (AREA.east - AREA.west) / side;
  const dy = (AREA.north - AREA.south) / side;
  await server.db.query(
    `INSERT INTO features (collection_id, id, properties, geom)
     SELECT 'bench-buildings', 'b' || i,
       jsonb_build_object('use', (ARRAY['residential','commercial','public','religious','industrial'])[1 + i % 5],
                          'height', 3 + (i * 7919 % 60), 'levels', 1 + (i * 7919 % 60) / 3),
       ST_MakeEnvelope(x, y, x + $4::float8 * 0.6, y + $5::float8 * 0.6, 4326)
     FROM generate_series(0, $6::int - 1) AS i,
       LATERAL (SELECT $1::float8 + (i % $3::int) * $4::float8 AS x, $2::float8 + (i / $3::int) * $5::float8 AS y) AS corner`,
    [AREA.west, AREA.south, side, dx, dy, BUILDINGS],
  );
  await server.db.exec('ANALYZE features');
}

async function timeRequests(label: string, urls: string[]): Promise<{ p50: number; p95: number; features: number }> {
  const times: number[] = [];
  let features = 0;
  for (const url of urls) {
    const t0 = performance.now();
    const response = await fetch(url);
    const body = (await response.json()) as { numberReturned?: number };
    times.push(performance.now() - t0);
    if (!response.ok) throw new Error(`${label}: HTTP ${response.status} for ${url}`);
    features += body.numberReturned ?? 0;
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), features: features / urls.length };
}

function bboxUrl(base: string, r: () => number, fraction: number, limit: number): string {
  const w = (AREA.east - AREA.west) * Math.sqrt(fraction);
  const h = (AREA.north - AREA.south) * Math.sqrt(fraction);
  const x = AREA.west + r() * (AREA.east - AREA.west - w);
  const y = AREA.south + r() * (AREA.north - AREA.south - h);
  return `${base}/api/collections/bench-buildings/items?limit=${limit}&bbox=${[x, y, x + w, y + h].map((v) => v.toFixed(6)).join(',')}`;
}

async function benchBackend(backend: 'pglite' | 'postgres', databaseUrl?: string): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-bench-features-'));
  const layersDir = path.join(dir, 'layers');
  await import('node:fs/promises').then((fs) => fs.mkdir(layersDir));
  if (databaseUrl) await resetPostgres(databaseUrl);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', MQTT_PORT: '0', DATA_DIR: path.join(dir, 'data'), LAYERS_DIR: layersDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  const server = await createServer(config);
  const stop = onCleanup(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  try {
    progress(`${backend}: loading ${BUILDINGS} buildings`);
    const t0 = performance.now();
    await loadBuildings(server);
    emit({ bench: 'features', metric: 'load_sql_rows_per_s', value: round(BUILDINGS / ((performance.now() - t0) / 1000), 0), unit: 'rows/s', database: backend, note: 'set-based INSERT … SELECT generate_series (not the importer)' });
    const r = createRandom(1957).next;
    // Density: BUILDINGS over the area; ~1,000 features need 1/100 of it, ~5,000 need 1/20.
    const cases: Array<[string, string[]]> = [
      ['items_bbox_1000', Array.from({ length: REPEAT }, () => bboxUrl(server.url, r, 1000 / BUILDINGS, 1000))],
      ['items_geojson_5000', Array.from({ length: REPEAT }, () => bboxUrl(server.url, r, 5000 / BUILDINGS, 5000))],
      ['items_cql2_filter', Array.from({ length: REPEAT }, (_, i) => `${server.url}/api/collections/bench-buildings/items?limit=1000&filter=${encodeURIComponent(`use = '${['commercial', 'public', 'religious'][i % 3]}' AND height > ${20 + (i % 10)}`)}`)],
    ];
    for (const [metric, urls] of cases) {
      await timeRequests(metric, urls.slice(0, 3)); // warm-up
      const { p50, p95, features } = await timeRequests(metric, urls);
      emit({ bench: 'features', metric: `${metric}_p50`, value: round(p50, 1), unit: 'ms', database: backend, features_per_response: round(features, 0) });
      emit({ bench: 'features', metric: `${metric}_p95`, value: round(p95, 1), unit: 'ms', database: backend, features_per_response: round(features, 0) });
      if (databaseUrl && metric !== 'items_cql2_filter') await mapServerSideBySide(databaseUrl, metric, urls, p50);
    }
    await tileBench(server, backend, databaseUrl);
  } finally {
    await stop();
  }
}

/** The same item requests against MapServer's OGC API on the same table; reports the ratio of medians. */
async function mapServerSideBySide(databaseUrl: string, metric: string, urls: string[], ourP50: number): Promise<void> {
  if (!hasMapServer()) {
    progress('MapServer peer skipped: mapserv (Debian cgi-mapserver, MapServer ≥ 8) not installed');
    return;
  }
  const peer = await startMapServerPeer(databaseUrl, 'bench-buildings');
  try {
    const times: number[] = [];
    let returned = 0;
    for (const url of urls) {
      const result = await peer.items(new URL(url).search.slice(1));
      times.push(result.ms);
      returned += result.returned;
    }
    const peerP50 = percentile(times, 50);
    emit({ bench: 'features', metric: `${metric}_p50`, value: round(ourP50, 1), unit: 'ms', database: 'postgres', peer: 'MapServer 8 OGC API (CGI)', peer_value: round(peerP50, 1), ratio: round(ourP50 / peerP50, 2), peer_features_per_response: round(returned / urls.length, 0) });
  } catch (error) {
    progress(`MapServer peer failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await peer.close();
  }
}

function tileXY(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const phi = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n)];
}

async function timeTiles(urls: string[]): Promise<{ p50: number; p95: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (const url of urls) {
    const t0 = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    times.push(performance.now() - t0);
    if (response.status !== 200 && response.status !== 204) throw new Error(`tile HTTP ${response.status} for ${url}`);
    bytes += body.byteLength;
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), bytes: bytes / urls.length };
}

/** MVT at z14 and z16 over the dense area: every tile once uncached, then again from the cache; ogr2ogr -f MVT as the peer on PostgreSQL. */
async function tileBench(server: RunningServer, backend: string, databaseUrl?: string): Promise<void> {
  for (const z of [14, 16]) {
    const [x0, y1] = tileXY(AREA.west, AREA.south, z);
    const [x1, y0] = tileXY(AREA.east, AREA.north, z);
    const all: string[] = [];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) all.push(`${z}/${y}/${x}`);
    const r = createRandom(z).next;
    const picked = all.length <= REPEAT ? all : Array.from({ length: REPEAT }, () => all[Math.floor(r() * all.length)]!).filter((t, i, a) => a.indexOf(t) === i);
    const urls = picked.map((t) => `${server.url}/api/collections/bench-buildings/tiles/WebMercatorQuad/${t}`);
    const cold = await timeTiles(urls);
    const warm = await timeTiles(urls);
    emit({ bench: 'features', metric: `mvt_z${z}_uncached_p50`, value: round(cold.p50, 1), unit: 'ms', database: backend, tiles: urls.length, bytes_per_tile: round(cold.bytes, 0) });
    emit({ bench: 'features', metric: `mvt_z${z}_uncached_p95`, value: round(cold.p95, 1), unit: 'ms', database: backend, tiles: urls.length });
    emit({ bench: 'features', metric: `mvt_z${z}_cached_p50`, value: round(warm.p50, 1), unit: 'ms', database: backend, tiles: urls.length });
    if (databaseUrl && z === 14) await ogrMvtPeer(databaseUrl, z, cold.p50, all.length);
  }
}

/** The peer: GDAL writes the same z14 tiles straight from PostGIS; reported per tile. */
async function ogrMvtPeer(databaseUrl: string, z: number, ourP50: number, tileCount: number): Promise<void> {
  const { execFile } = await import('node:child_process');
  const out = await mkdtemp(path.join(os.tmpdir(), 'hue-ogr-mvt-'));
  try {
    const url = new URL(databaseUrl);
    const conn = `PG:host=${url.hostname} port=${url.port || 5432} dbname=${url.pathname.slice(1)} user=${decodeURIComponent(url.username)}`;
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) =>
      execFile(
        'ogr2ogr',
        ['-f', 'MVT', path.join(out, 'tiles'), conn, '-sql', "SELECT id, properties::text AS props, geom FROM features WHERE collection_id = 'bench-buildings'", '-nln', 'bench', '-dsco', `MINZOOM=${z}`, '-dsco', `MAXZOOM=${z}`, '-dsco', 'COMPRESS=NO'],
        { timeout: 300_000 },
        (error) => (error ? reject(error) : resolve()),
      ),
    );
    const peerMsPerTile = (performance.now() - t0) / tileCount;
    emit({ bench: 'features', metric: `mvt_z${z}_uncached_p50`, value: round(ourP50, 1), unit: 'ms', database: 'postgres', peer: 'ogr2ogr -f MVT (whole zoom level, ms per tile)', peer_value: round(peerMsPerTile, 1), ratio: round(ourP50 / peerMsPerTile, 2) });
  } catch (error) {
    progress(`ogr2ogr peer skipped: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Runs the features bench on PGlite and, when a URL is set, PostgreSQL. */
export async function featuresBench(): Promise<void> {
  await benchBackend('pglite');
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) await benchBackend('postgres', url);
  else progress('features: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to also measure PostgreSQL');
}
