/**
 * The peer for OGC API – Features: MapServer 8 (Debian `cgi-mapserver`) serving the same
 * PostgreSQL table through its OGC API, run as CGI (one `mapserv` process per request, the way
 * Debian's package deploys it). Skipped with a message where `mapserv` is not installed.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A MapServer set up on the bench table; `items(query)` answers one request and reports its time. */
export interface MapServerPeer {
  items(query: string): Promise<{ ms: number; returned: number }>;
  close(): Promise<void>;
}

/** Whether `mapserv` (MapServer ≥ 8 with OGC API) is on the PATH. */
export function hasMapServer(): boolean {
  const probe = spawnSync('mapserv', ['-v'], { encoding: 'utf8' });
  return probe.status === 0 && probe.stdout.includes('OGCAPI_SERVER');
}

/** Writes a mapfile for `collection` in the PostgreSQL database at `databaseUrl`. */
export async function startMapServerPeer(databaseUrl: string, collection: string): Promise<MapServerPeer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-mapserver-'));
  const url = new URL(databaseUrl);
  const connection = `host=${url.hostname} port=${url.port || 5432} dbname=${url.pathname.slice(1)} user=${decodeURIComponent(url.username)}${url.password ? ` password=${decodeURIComponent(url.password)}` : ''}`;
  const mapfile = path.join(dir, 'bench.map');
  await writeFile(
    mapfile,
    `MAP
  NAME "bench"
  EXTENT 107.5 16.4 107.7 16.52
  PROJECTION "init=epsg:4326" END
  WEB METADATA "oga_enable_request" "*" "oga_onlineresource" "http://127.0.0.1/ogcapi" "ows_title" "bench" END END
  LAYER
    NAME "buildings" TYPE POLYGON STATUS ON TEMPLATE "void" EXTENT 107.5 16.4 107.7 16.52
    CONNECTIONTYPE POSTGIS CONNECTION "${connection}"
    DATA "geom from (select id, properties->>'use' as use, (properties->>'height')::float8 as height, geom from features where collection_id = '${collection}') as t using unique id using srid=4326"
    PROJECTION "init=epsg:4326" END
    METADATA "oga_include_items" "all" "gml_featureid" "id" "ows_title" "buildings" END
  END
END
`,
  );
  const config = path.join(dir, 'mapserver.conf');
  await writeFile(config, `CONFIG\n  ENV MS_MAP_PATTERN "^${dir}/" END\n  MAPS BENCH "${mapfile}" END\nEND\n`);
  return {
    items: (query) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        execFile(
          'mapserv',
          [],
          {
            env: { MAPSERVER_CONFIG_FILE: config, REQUEST_METHOD: 'GET', PATH_INFO: '/BENCH/ogcapi/collections/buildings/items', QUERY_STRING: `f=json&${query}` },
            maxBuffer: 256 * 1024 * 1024,
            timeout: 60_000,
          },
          (error, stdout) => {
            const ms = performance.now() - t0;
            if (error) return reject(error);
            const body = stdout.slice(stdout.indexOf('{'));
            try {
              resolve({ ms, returned: (JSON.parse(body) as { features: unknown[] }).features.length });
            } catch {
              reject(new Error(`mapserv answered: ${stdout.slice(0, 200)}`));
            }
          },
        );
      }),
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
