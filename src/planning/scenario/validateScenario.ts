/**
 * Validates a scenario document: the JSON Schema (ajv), then what a schema cannot say (a new
 * building needs heightM or levels, rings are closed, ids are unique). Every message names the
 * field as a path, e.g. `newBuildings[0].heightM must be >= 0`.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { scenarioSchema, type ScenarioDocument } from './scenarioSchema.ts';

/** Result of {@link validateScenario}. */
export type ScenarioValidation = { ok: true; document: ScenarioDocument } | { ok: false; errors: string[] };

const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(scenarioSchema);

/** `/newBuildings/0/heightM` → `newBuildings[0].heightM`. */
export function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function describe(e: ErrorObject): string {
  const at = fieldPath(e.instancePath);
  const prefix = at ? `${at} ` : '';
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return `${at ? `${at}.` : ''}${missing} is required`;
  }
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    return `${at ? `${at}.` : ''}${key} is not a known field`;
  }
  if (e.keyword === 'const') return `${prefix}must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
  return `${prefix || 'document '}${e.message ?? 'is invalid'}`;
}

function closed(ring: number[][]): boolean {
  const a = ring[0]!, b = ring[ring.length - 1]!;
  return a[0] === b[0] && a[1] === b[1];
}

/** Checks `doc`; on failure returns one line per problem, each starting with the field path. */
export function validateScenario(doc: unknown): ScenarioValidation {
  if (!check(doc)) {
    const errors = (check.errors ?? [])
      // oneOf over Polygon/MultiPolygon reports each branch; keep the branch that matched the type.
      .filter((e) => e.keyword !== 'oneOf' && !(e.keyword === 'const' && e.instancePath.endsWith('/type')))
      .map(describe);
    return { ok: false, errors: [...new Set(errors.length ? errors : ['document is invalid'])] };
  }
  const document = doc as unknown as ScenarioDocument;
  const errors: string[] = [];
  const ids = new Set<string>();
  (document.newBuildings ?? []).forEach((b, i) => {
    if (b.heightM === undefined && b.levels === undefined) errors.push(`newBuildings[${i}].heightM is required when levels is not given`);
    if (ids.has(b.id)) errors.push(`newBuildings[${i}].id "${b.id}" is used twice`);
    ids.add(b.id);
    const polys = b.footprint.type === 'Polygon' ? [b.footprint.coordinates] : b.footprint.coordinates;
    polys.forEach((rings, p) => rings.forEach((r, k) => {
      if (!closed(r)) errors.push(`newBuildings[${i}].footprint.coordinates${b.footprint.type === 'MultiPolygon' ? `[${p}]` : ''}[${k}] must be closed (last position = first)`);
    }));
  });
  (document.heightChanges ?? []).forEach((c, i) => {
    if (c.heightM === undefined && c.levels === undefined) errors.push(`heightChanges[${i}].heightM is required when levels is not given`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, document };
}
