/**
 * Registered emission sources (docs/simulator.md): `GET /api/environment/emission-sources`, or the
 * catalog layer `emission-sources` through OGC API – Features when that route is absent. Each
 * feature has `emissions` (g/s per pollutant) and `stackHeight` (m).
 */
import type { Pollutant } from '../../aqi.ts';
import type { EmissionSource } from '../../plume/EmissionSource.ts';

/** A registered source with its rate per pollutant. */
export interface RegisteredSource {
  readonly id: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: string;
  readonly lon: number;
  readonly lat: number;
  /** Emission rate per pollutant, g/s. */
  readonly emissions: Partial<Record<Pollutant, number>>;
  /** Stack (release) height, metres; 0 when not given. */
  readonly stackHeightM: number;
  readonly synthetic: boolean;
}

/** Parses a GeoJSON FeatureCollection of sources; features without a point or rates are skipped. */
export function parseEmissionSources(collection: unknown): RegisteredSource[] {
  const features = (collection as { features?: unknown[] } | null)?.features ?? [];
  const out: RegisteredSource[] = [];
  for (const f of features as { id?: unknown; geometry?: { type?: string; coordinates?: unknown[] }; properties?: Record<string, unknown> }[]) {
    if (f.geometry?.type !== 'Point') continue;
    const [lon, lat] = (f.geometry.coordinates ?? []).map(Number);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const p = f.properties ?? {};
    let emissions: unknown = p.emissions;
    if (typeof emissions === 'string') {
      try {
        emissions = JSON.parse(emissions);
      } catch {
        emissions = undefined;
      }
    }
    if (!emissions || typeof emissions !== 'object') continue;
    const rates: Partial<Record<Pollutant, number>> = {};
    for (const [k, v] of Object.entries(emissions as Record<string, unknown>)) {
      const n = Number(v);
      if (Number.isFinite(n) && n >= 0) rates[k as Pollutant] = n;
    }
    const id = String(p.id ?? f.id ?? `${lon},${lat}`);
    const height = Number(p.stackHeight);
    out.push({
      id,
      nameVi: String(p.name_vi ?? p.name ?? id),
      nameEn: String(p.name_en ?? p.name_vi ?? p.name ?? id),
      kind: String(p.kind ?? ''),
      lon: lon!,
      lat: lat!,
      emissions: rates,
      stackHeightM: Number.isFinite(height) && height > 0 ? height : 0,
      synthetic: p.synthetic === true || p.synthetic === 'true',
    });
  }
  return out;
}

/** The sources as plume-model inputs for one pollutant (sources that do not emit it are left out). */
export function sourcesFor(sources: readonly RegisteredSource[], pollutant: Pollutant, lang: 'vi' | 'en'): EmissionSource[] {
  return sources
    .filter((s) => (s.emissions[pollutant] ?? 0) > 0)
    .map((s) => ({
      id: s.id, name: lang === 'en' ? s.nameEn : s.nameVi, lon: s.lon, lat: s.lat,
      emissionGps: s.emissions[pollutant]!, heightM: s.stackHeightM, synthetic: s.synthetic,
    }));
}

/** Loads the registered sources ([] when neither route answers). */
export async function fetchEmissionSources(signal?: AbortSignal): Promise<RegisteredSource[]> {
  for (const url of ['/api/environment/emission-sources', '/api/collections/emission-sources/items?limit=1000']) {
    try {
      const response = await fetch(url, { signal });
      if (response.ok) return parseEmissionSources(await response.json());
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
    }
  }
  return [];
}
