/**
 * JSON Schema of the monument registry file (`tours/monuments.json`): multilingual names and
 * descriptions, period, dynasty and conservation status of the points of the heritage-monuments
 * layer, each with its sources and the provenance of each language's texts. The TS types are
 * derived from this literal.
 */
import type { FromSchema } from '../../planning/scenario/FromSchema.ts';

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength } as const);
const localized = (maxLength: number) => ({
  type: 'object',
  properties: { vi: text(maxLength), en: text(maxLength), fr: text(maxLength), ja: text(maxLength), ko: text(maxLength), zh: text(maxLength) },
  required: ['vi', 'en'],
  additionalProperties: false,
} as const);
const translationKind = { enum: ['original', 'official', 'author', 'machine'] } as const;

/** One monument of the registry. */
export const monumentEntrySchema = {
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$' },
    collection: { type: 'string', minLength: 1, maxLength: 100 },
    name: localized(200),
    description: localized(3000),
    period: {
      type: 'object',
      properties: {
        startYear: { type: 'integer', minimum: 1000, maximum: 2100 },
        endYear: { type: 'integer', minimum: 1000, maximum: 2100 },
        label: localized(200),
      },
      required: ['startYear', 'label'],
      additionalProperties: false,
    },
    dynasty: text(100),
    reign: text(200),
    conservation: {
      type: 'object',
      properties: {
        status: { enum: ['preserved', 'restored', 'partly-restored', 'rebuilt', 'ruin'] },
        unescoInscribed: { type: 'integer', minimum: 1900, maximum: 2100 },
        note: localized(1000),
      },
      required: ['status', 'note'],
      additionalProperties: false,
    },
    translations: {
      type: 'object',
      properties: { vi: translationKind, en: translationKind, fr: translationKind, ja: translationKind, ko: translationKind, zh: translationKind },
      additionalProperties: false,
    },
    sources: { type: 'array', minItems: 1, items: text(300) },
    verified: { type: 'boolean' },
  },
  required: ['id', 'collection', 'name', 'description', 'period', 'dynasty', 'conservation', 'translations', 'sources', 'verified'],
  additionalProperties: false,
} as const;

/** The registry file. */
export const monumentRegistrySchema = {
  $id: 'https://hue-twin.example/schemas/monument-registry.json',
  title: 'Huế Twin monument registry',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    note: text(2000),
    monuments: { type: 'array', minItems: 1, items: monumentEntrySchema },
  },
  required: ['monuments'],
  additionalProperties: false,
} as const;

/** One registry entry. */
export type MonumentEntry = FromSchema<typeof monumentEntrySchema>;
/** The registry file. */
export type MonumentRegistryFile = FromSchema<typeof monumentRegistrySchema>;
