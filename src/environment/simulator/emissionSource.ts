/**
 * A registered emission source (industrial zone, waste site, busy road segment) as the simulator
 * and the plume overlay use it, read from the `emission-sources` catalog layer's GeoJSON.
 */

/** Pollutants a source emits, g/s each (CO in g/s too). */
export interface SourceEmissions {
  pm25?: number;
  pm10?: number;
  no2?: number;
  so2?: number;
  co?: number;
}

/** Kind of source; `road` sources follow the traffic cycle. */
export type SourceKind = 'industrial' | 'waste' | 'road' | 'construction';

/** One emission source. */
export interface EmissionSource {
  id: string;
  name: string;
  kind: SourceKind;
  /** [lon, lat] WGS84 degrees. */
  position: [number, number];
  /** Emission rates, g/s. */
  emissions: SourceEmissions;
  /** Effective release height, m. */
  stackHeight: number;
  /** Whether the rates follow the traffic cycle (roads); else industrial working hours apply. */
  trafficProfile: boolean;
}

const KINDS: readonly SourceKind[] = ['industrial', 'waste', 'road', 'construction'];

/**
 * Reads sources from a GeoJSON FeatureCollection of Points (properties `id`, `name_en`/`name_vi`,
 * `kind`, `emissions`, `stackHeight`, `trafficProfile`). Throws on a malformed feature, naming it.
 */
export function parseEmissionSources(geojson: unknown): EmissionSource[] {
  const features = (geojson as { features?: unknown[] } | null)?.features;
  if (!Array.isArray(features)) throw new Error('emission sources: expected a GeoJSON FeatureCollection');
  return features.map((f, i) => {
    const feature = f as { id?: unknown; geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> };
    const p = feature.properties ?? {};
    const id = String(p.id ?? feature.id ?? `source-${i}`);
    const c = feature.geometry?.coordinates;
    if (feature.geometry?.type !== 'Point' || !Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number') {
      throw new Error(`emission source ${id}: geometry must be a Point`);
    }
    const kind = p.kind as SourceKind;
    if (!KINDS.includes(kind)) throw new Error(`emission source ${id}: kind must be one of ${KINDS.join(', ')}`);
    const emissions = (p.emissions ?? {}) as SourceEmissions;
    for (const [k, v] of Object.entries(emissions)) {
      if (typeof v !== 'number' || !(v >= 0)) throw new Error(`emission source ${id}: emissions.${k} must be a number ≥ 0 (g/s)`);
    }
    return {
      id,
      name: String(p.name_en ?? p.name_vi ?? id),
      kind,
      position: [c[0], c[1]],
      emissions,
      stackHeight: typeof p.stackHeight === 'number' ? p.stackHeight : 2,
      trafficProfile: p.trafficProfile === true,
    };
  });
}
