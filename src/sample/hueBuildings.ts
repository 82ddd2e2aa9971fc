/**
 * Generator `hue-buildings`: synthetic building footprints filling the urban blocks of both banks and
 * the Citadel's civilian quarters (see src/sample/layout/). Every feature has `synthetic: true`.
 */
import type { Feature, Polygon } from 'geojson';
import { HUE_FRAME } from './geo/LocalFrame.ts';
import type { SampleGenerator } from './generators.ts';
import { buildLots } from './layout/buildLots.ts';
import { zonesOption } from './zonesOption.ts';

/** Builds the building features for a seed (optionally only in some zoning zones). */
export function generateHueBuildings(seed: number, onlyZones?: readonly string[]): Feature<Polygon>[] {
  const out: Feature<Polygon>[] = [];
  for (const r of buildLots(seed, onlyZones)) {
    const b = r.building;
    if (!b) continue;
    out.push({
      type: 'Feature',
      id: b.id,
      geometry: { type: 'Polygon', coordinates: [b.ring.map((p) => HUE_FRAME.toLonLat(p))] },
      properties: {
        id: b.id, use: b.use, levels: b.levels, height_m: b.heightM, year_built: b.yearBuilt, name: b.name,
        zoning_code: r.lot.zone.code, zoning_zone_id: r.lot.zone.id, parcel_id: r.parcelId, synthetic: true,
      },
    });
  }
  return out;
}

/** The `hue-buildings` generator (options: `zones`, a list of zoning-zone ids to restrict to). */
export const hueBuildingsGenerator: SampleGenerator = {
  version: '1',
  generate: (seed, options) => generateHueBuildings(seed, zonesOption(options)),
};
