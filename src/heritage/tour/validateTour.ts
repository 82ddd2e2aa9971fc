/**
 * Validates a tour document: the JSON Schema (ajv), then what a schema cannot say (stop ids unique,
 * a stop needs a camera view or a panorama). Every message names the field as a path, e.g.
 * `stops[2].view.pitchDeg must be <= 90`.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { fieldPath } from '../../planning/scenario/validateScenario.ts';
import { tourSchema, type TourDocument } from './tourSchema.ts';

/** Result of {@link validateTour}. */
export type TourValidation = { ok: true; document: TourDocument } | { ok: false; errors: string[] };

const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(tourSchema);

function describe(e: ErrorObject): string {
  const at = fieldPath(e.instancePath);
  if (e.keyword === 'required') return `${at ? `${at}.` : ''}${(e.params as { missingProperty: string }).missingProperty} is required`;
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    return `${at ? `${at}.` : ''}${key} is not a known field${/^(title|description|narration|caption|translations|audio)$/.test(at.split('.').pop() ?? '') ? ' (languages: vi, en, fr, ja, ko, zh)' : ''}`;
  }
  if (e.keyword === 'enum') return `${at} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (e.keyword === 'pattern') return `${at} must match ${(e.params as { pattern: string }).pattern}`;
  return `${at || 'document'} ${e.message ?? 'is invalid'}`;
}

/** Checks `doc`; on failure returns one line per problem, each starting with the field path. */
export function validateTour(doc: unknown): TourValidation {
  if (!check(doc)) {
    const errors = (check.errors ?? []).map(describe);
    return { ok: false, errors: [...new Set(errors.length ? errors : ['document is invalid'])] };
  }
  const document = doc as unknown as TourDocument;
  const errors: string[] = [];
  const seen = new Set<string>();
  document.stops.forEach((stop, i) => {
    if (seen.has(stop.id)) errors.push(`stops[${i}].id "${stop.id}" is used by an earlier stop`);
    seen.add(stop.id);
    if (!stop.view && !stop.panorama) errors.push(`stops[${i}].view is required when the stop has no panorama`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, document };
}
