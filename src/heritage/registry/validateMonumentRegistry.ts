/** Validates the monument registry file: the JSON Schema (ajv) and unique ids; messages name the field. */
import { Ajv } from 'ajv';
import { fieldPath } from '../../planning/scenario/validateScenario.ts';
import { monumentRegistrySchema, type MonumentRegistryFile } from './monumentRegistrySchema.ts';

const check = new Ajv({ allErrors: true, strict: false }).compile(monumentRegistrySchema);

/** Result of {@link validateMonumentRegistry}. */
export type MonumentRegistryValidation = { ok: true; registry: MonumentRegistryFile } | { ok: false; errors: string[] };

/** Checks `doc`; on failure one line per problem, starting with the field path. */
export function validateMonumentRegistry(doc: unknown): MonumentRegistryValidation {
  if (!check(doc)) {
    return {
      ok: false,
      errors: (check.errors ?? []).map((e) => {
        const at = fieldPath(e.instancePath) || 'document';
        if (e.keyword === 'required') return `${at}.${(e.params as { missingProperty: string }).missingProperty} is required`;
        if (e.keyword === 'additionalProperties') return `${at}.${(e.params as { additionalProperty: string }).additionalProperty} is not a known field`;
        return `${at} ${e.message ?? 'is invalid'}`;
      }),
    };
  }
  const registry = doc as unknown as MonumentRegistryFile;
  const seen = new Set<string>();
  const errors: string[] = [];
  registry.monuments.forEach((m, i) => {
    if (seen.has(m.id)) errors.push(`monuments[${i}].id "${m.id}" is used twice`);
    seen.add(m.id);
  });
  return errors.length ? { ok: false, errors } : { ok: true, registry };
}
