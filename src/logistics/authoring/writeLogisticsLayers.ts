/**
 * CLI: writes layers/logistics-{network,facilities,flows,flood-zones}.geojson from the authored
 * modules and the reference data in ../shared/data (read here only; the repository keeps the small
 * derived files). Run after changing an authoring module or the streets:
 * `npx tsx src/logistics/authoring/writeLogisticsLayers.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildLogisticsLayers, type InCollection } from './buildLogisticsLayers.ts';

const repo = new URL('../../../', import.meta.url);
const read = (relative: string) => JSON.parse(readFileSync(new URL(relative, repo), 'utf8')) as InCollection;

const layers = buildLogisticsLayers({
  streets: read('layers/streets.geojson'),
  citadelWalls: read('layers/citadel-walls.geojson'),
  perfumeRiver: read('layers/perfume-river.geojson'),
  nationalRoads: read('../shared/data/roads-national-legocity/national_roads_rail_hue_bbox.geojson'),
  osmRailways: read('../shared/data/osm-hot-logistics/railways_lines_hue_bbox.geojson'),
});
for (const [id, collection] of Object.entries(layers)) {
  const body = collection.features.map((f) => '    ' + JSON.stringify(f)).join(',\n');
  writeFileSync(new URL(`layers/${id}.geojson`, repo), `{\n  "type": "FeatureCollection",\n  "name": ${JSON.stringify(id)},\n  "features": [\n${body}\n  ]\n}\n`);
  console.log(`layers/${id}.geojson: ${collection.features.length} features`);
}
