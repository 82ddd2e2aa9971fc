/**
 * Generator `hue-parcels`: synthetic land parcels (thửa đất), one per building lot plus a few vacant
 * ones, with map sheet (số tờ), parcel number (số thửa), area, current land-use code and owner type.
 * Uses the same layout as `hue-buildings` for the same seed, so `parcel_id` links them.
 */
import type { Feature, Polygon } from 'geojson';
import { HUE_FRAME } from './geo/LocalFrame.ts';
import type { SampleGenerator } from './generators.ts';
import { buildLots } from './layout/buildLots.ts';
import { zonesOption } from './zonesOption.ts';

/** Builds the parcel features for a seed (optionally only in some zoning zones). */
export function generateHueParcels(seed: number, onlyZones?: readonly string[]): Feature<Polygon>[] {
  return buildLots(seed, onlyZones).map((r) => ({
    type: 'Feature',
    id: r.parcelId,
    geometry: { type: 'Polygon', coordinates: [r.lot.ring.map((p) => HUE_FRAME.toLonLat(p))] },
    properties: {
      id: r.parcelId, so_to: r.soTo, so_thua: r.soThua, area_m2: r.areaM2, land_use: r.landUse, owner_type: r.ownerType,
      zoning_code: r.lot.zone.code, building_id: r.building?.id ?? null, synthetic: true,
    },
  }));
}

/** The `hue-parcels` generator (options: `zones`, a list of zoning-zone ids to restrict to; give it the seed of `hue-buildings`). */
export const hueParcelsGenerator: SampleGenerator = {
  version: '1',
  generate: (seed, options) => generateHueParcels(seed, zonesOption(options)),
};
