/** The OGC API collection document of one registry row (JSON), shared by list and single views. */
import type { Queryable } from '../../db/Database.ts';

/** Registry row with its spatial extent. */
export interface CollectionRow {
  id: string;
  title_vi: string;
  title_en: string;
  description_vi: string | null;
  description_en: string | null;
  sector: string;
  geometry_type: string;
  source_name: string;
  source_url: string | null;
  licence: string;
  synthetic: boolean;
  access: 'public' | 'sector';
  temporal_property: string | null;
  properties_schema: Record<string, unknown> | null;
  updated_at: Date | string;
  extent: string | null;
  feature_count: number;
}

/** CRS84, the default CRS of OGC API – Features. */
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

/** Loads registry rows with extents and counts; `id` limits to one collection. */
export async function collectionRows(db: Queryable, id?: string): Promise<CollectionRow[]> {
  return db.query<CollectionRow>(
    `SELECT c.*, e.extent, e.feature_count FROM collections c
     LEFT JOIN LATERAL (
       SELECT ST_AsGeoJSON(ST_Envelope(ST_Extent(geom)::geometry))::text AS extent, count(*)::int AS feature_count
       FROM features f WHERE f.collection_id = c.id) e ON true
     ${id === undefined ? '' : 'WHERE c.id = $1'}
     ORDER BY c.sector, c.id`,
    id === undefined ? [] : [id],
  );
}

function bboxOf(extent: string | null): [number, number, number, number] | undefined {
  if (!extent) return undefined;
  const geometry = JSON.parse(extent) as { type: string; coordinates: unknown };
  const flat: number[][] = [];
  const walk = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') flat.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(geometry.coordinates);
  const xs = flat.map((p) => p[0]!);
  const ys = flat.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The collection document; `crsList` lists the output CRSs offered. */
export function collectionDocument(row: CollectionRow, root: string, crsList: string[]) {
  const bbox = bboxOf(row.extent);
  const base = `${root}/api/collections/${row.id}`;
  return {
    id: row.id,
    title: row.title_en,
    description: row.description_en ?? row.title_en,
    itemType: 'feature',
    crs: crsList,
    storageCrs: CRS84,
    extent: bbox ? { spatial: { bbox: [bbox], crs: CRS84 } } : undefined,
    license: row.licence,
    'hue:titleVi': row.title_vi,
    'hue:descriptionVi': row.description_vi,
    'hue:sector': row.sector,
    'hue:access': row.access,
    'hue:geometryType': row.geometry_type,
    'hue:source': { name: row.source_name, url: row.source_url ?? undefined },
    'hue:synthetic': row.synthetic,
    'hue:featureCount': row.feature_count,
    'hue:updated': new Date(row.updated_at).toISOString(),
    links: [
      { href: base, rel: 'self', type: 'application/json', title: 'This collection' },
      { href: `${base}?f=html`, rel: 'alternate', type: 'text/html', title: 'This collection as HTML' },
      { href: `${base}/items`, rel: 'items', type: 'application/geo+json', title: 'Features' },
      { href: `${base}/items?f=html`, rel: 'items', type: 'text/html', title: 'Features as HTML' },
      { href: `${base}/items?f=csv&limit=10000`, rel: 'items', type: 'text/csv', title: 'Download as CSV' },
      { href: `${base}/tiles`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector', type: 'application/json', title: 'Vector tiles (MVT)' },
      { href: `${base}/queryables`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables', type: 'application/schema+json', title: 'Queryables' },
      ...(row.source_url ? [{ href: row.source_url, rel: 'describedby', type: 'text/html', title: `Source: ${row.source_name}` }] : []),
    ],
  };
}
