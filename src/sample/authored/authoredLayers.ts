/**
 * The derived authored layers by id, with the description line written into each GeoJSON file.
 */
import type { FeatureCollection } from 'geojson';
import { buildCanalsLayer } from './buildCanalsLayer.ts';
import { buildGatesLayer } from './buildGatesLayer.ts';
import { buildProtectionZones } from './buildProtectionZones.ts';
import { buildStreetsLayer } from './buildStreetsLayer.ts';
import { buildZoningPlan } from './buildZoningPlan.ts';

/** Layer id → description and features. */
export function authoredLayers(): Record<string, { description: string; collection: FeatureCollection }> {
  return {
    streets: { description: 'Huế Twin sample: main streets of both banks, Trường Tiền and Phú Xuân bridges, the railway through the city and the Phú Bài runway. Sketched courses (approximate) except the runway (OurAirports). Written by src/sample/authored/writeAuthoredLayers.ts.', collection: buildStreetsLayer() },
    canals: { description: 'Huế Twin sample: Đông Ba and An Cựu canals as centrelines with a water width (approximate). Written by src/sample/authored/writeAuthoredLayers.ts.', collection: buildCanalsLayer() },
    'citadel-gates': { description: 'Huế Twin sample: the ten gates of the Kinh Thành walls, placed approximately on the authored outline. Written by src/sample/authored/writeAuthoredLayers.ts.', collection: buildGatesLayer() },
    'heritage-protection-zones': { description: 'Huế Twin sample: heritage protection zones I and II (approximate buffers) with height limits. Written by src/sample/authored/writeAuthoredLayers.ts.', collection: buildProtectionZones() },
    'zoning-plan': { description: 'Huế Twin sample: simplified zoning plan (land-use code, max height, coverage, FAR, setbacks); plausible values, not the official plan. Written by src/sample/authored/writeAuthoredLayers.ts.', collection: buildZoningPlan() },
  };
}
