import type { Feature, FeatureCollection } from 'geojson';

/** Most pages followed for one layer (OGC API `next` links). Default: 50. */
export const MAX_PAGES = 50;

interface Link {
  href?: string;
  rel?: string;
}

/** The `next` link of an OGC API – Features page, resolved against our own origin (never another host). */
export function nextPageUrl(body: { links?: Link[] }, origin: string): string | undefined {
  const next = body.links?.find((l) => l && l.rel === 'next' && typeof l.href === 'string');
  if (!next?.href) return undefined;
  const url = new URL(next.href, origin);
  return `${url.pathname}${url.search}`;
}

/**
 * Fetches a GeoJSON FeatureCollection, following `next` links of OGC API – Features paging, and
 * keeps features that have a geometry. Throws with a short message on HTTP or format errors.
 */
export async function fetchFeatureCollection(url: string, signal?: AbortSignal): Promise<FeatureCollection> {
  const features: Feature[] = [];
  let pageUrl: string | undefined = url;
  for (let page = 0; pageUrl && page < MAX_PAGES; page++) {
    const res = await fetch(pageUrl, { signal, headers: { Accept: 'application/geo+json, application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as Partial<FeatureCollection> & { links?: Link[] };
    if (!body || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) throw new Error('not a GeoJSON FeatureCollection');
    for (const f of body.features) if (f && f.geometry) features.push(f);
    pageUrl = nextPageUrl(body, window.location.origin);
  }
  return { type: 'FeatureCollection', features };
}
