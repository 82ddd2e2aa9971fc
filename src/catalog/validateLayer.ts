/**
 * Validates a layer document against `layer.schema.json` and the layer-type registry.
 * Data problems are returned as values (one human line each, naming the file and JSON path),
 * never thrown: a broken layer file must not crash the server or the app.
 */
import { Ajv, type ErrorObject } from 'ajv';
import schema from './layer.schema.json' with { type: 'json' };
import type { LayerDefinition } from './LayerDefinition.ts';
import { getLayerType } from './layerTypes.ts';

/** Result of validating one layer document. */
export type LayerValidation =
  | { ok: true; layer: LayerDefinition; warnings: string[] }
  | { ok: false; errors: string[] };

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile<LayerDefinition>(schema);

function describe(file: string, error: ErrorObject): string {
  const path = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    return `${file}: ${path === '/' ? '' : path + ': '}unknown key "${key}"`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.join(', ');
    return `${file}: ${path} must be one of: ${allowed}`;
  }
  return `${file}: ${path} ${error.message ?? 'is invalid'}`;
}

/**
 * Checks one parsed layer document. `file` is used in messages (e.g. `layers/rivers.json`).
 * Unknown layer types are a warning, not an error: the layer is listed but not drawn.
 */
export function validateLayer(file: string, doc: unknown): LayerValidation {
  if (!validate(doc)) {
    return { ok: false, errors: (validate.errors ?? []).map((e) => describe(file, e)) };
  }
  const layer = doc as LayerDefinition;
  const warnings: string[] = [];
  const type = getLayerType(layer.type);
  if (!type) warnings.push(`${file}: unknown layer type "${layer.type}"; the layer is listed but not drawn`);
  if (type?.needsFeatures && !layer.data && !layer.generator) warnings.push(`${file}: layer type "${layer.type}" needs a "data" file or a "generator"`);
  if (layer.data && layer.generator) return { ok: false, errors: [`${file}: give either "data" or "generator", not both`] };
  return { ok: true, layer, warnings };
}
