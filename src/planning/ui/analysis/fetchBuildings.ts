/**
 * Building footprints in a lon/lat box from our OGC API – Features endpoint
 * (`/api/collections/hue-buildings/items?bbox=…`), following `next` links. Works in a window and
 * in a worker (same origin either way; never another host).
 */
import type { Feature } from 'geojson';
import type { LonLatRect } from '../../analysis/runAnalysis.ts';

/** Collection of the buildings the analyses run over. */
export const BUILDINGS_COLLECTION = 'hue-buildings';
/** Features per page (the API's maximum). */
const PAGE_LIMIT = 10_000;
/** Most pages followed (50,000 buildings: far more than any analysis box holds). */
const MAX_PAGES = 5;

interface Page {
  type?: string;
  features?: Feature[];
  links?: { rel?: string; href?: string }[];
}

/** Fetches the building features whose geometry intersects `box`. Throws on HTTP or format errors. */
export async function fetchBuildings(box: LonLatRect, signal?: AbortSignal): Promise<Feature[]> {
  const origin = globalThis.location.origin;
  const bbox = [box.west, box.south, box.east, box.north].map((v) => v.toFixed(7)).join(',');
  let url: string | undefined = `/api/collections/${BUILDINGS_COLLECTION}/items?bbox=${bbox}&limit=${PAGE_LIMIT}`;
  const out: Feature[] = [];
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const res: Response = await fetch(new URL(url, origin), { signal, headers: { Accept: 'application/geo+json' } });
    if (!res.ok) throw new Error(`buildings: HTTP ${res.status}`);
    const body = (await res.json()) as Page;
    if (body.type !== 'FeatureCollection' || !Array.isArray(body.features)) throw new Error('buildings: not a GeoJSON FeatureCollection');
    out.push(...body.features);
    const next = body.links?.find((l) => l.rel === 'next')?.href;
    const nextUrl = next ? new URL(next, origin) : undefined;
    url = nextUrl && nextUrl.origin === origin ? `${nextUrl.pathname}${nextUrl.search}` : undefined;
  }
  return out;
}
