/**
 * CLI: writes the derived authored layers (streets, canals, citadel-gates, heritage-protection-zones,
 * zoning-plan) to layers/*.geojson. Run after changing an authoring module:
 * `npx tsx src/sample/authored/writeAuthoredLayers.ts`. A unit test checks the files are current.
 */
import { writeFileSync } from 'node:fs';
import { authoredLayers } from './authoredLayers.ts';

for (const [id, { description, collection }] of Object.entries(authoredLayers())) {
  const body = collection.features.map((f) => '    ' + JSON.stringify(f)).join(',\n');
  const text = `{\n  "type": "FeatureCollection",\n  "name": ${JSON.stringify(id)},\n  "description": ${JSON.stringify(description)},\n  "features": [\n${body}\n  ]\n}\n`;
  writeFileSync(new URL(`../../../layers/${id}.geojson`, import.meta.url), text);
  console.log(`layers/${id}.geojson: ${collection.features.length} features`);
}
