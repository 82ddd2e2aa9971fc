/**
 * JSON Schema of a scenario document: proposals layered over the baseline (never a copy of it).
 * The TS type {@link ScenarioDocument} is derived from this literal.
 */
import type { FromSchema } from './FromSchema.ts';

const position = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 3 } as const;
const ring = { type: 'array', items: position, minItems: 4 } as const;
const polygon = {
  type: 'object',
  properties: { type: { const: 'Polygon' }, coordinates: { type: 'array', items: ring, minItems: 1 } },
  required: ['type', 'coordinates'],
  additionalProperties: false,
} as const;
const multiPolygon = {
  type: 'object',
  properties: { type: { const: 'MultiPolygon' }, coordinates: { type: 'array', items: { type: 'array', items: ring, minItems: 1 }, minItems: 1 } },
  required: ['type', 'coordinates'],
  additionalProperties: false,
} as const;
const id = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$' } as const;

/** The scenario JSON Schema (draft 2020-12 subset understood by ajv). */
export const scenarioSchema = {
  $id: 'https://hue-twin.example/schemas/scenario.json',
  title: 'Huế Twin planning scenario',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 5000 },
    newBuildings: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        properties: {
          id,
          name: { type: 'string', maxLength: 200 },
          footprint: { oneOf: [polygon, multiPolygon] },
          heightM: { type: 'number', minimum: 0, maximum: 1000 },
          levels: { type: 'integer', minimum: 0, maximum: 300 },
          use: { type: 'string', minLength: 1, maxLength: 50 },
          parcelId: { type: 'string', minLength: 1 },
        },
        required: ['id', 'footprint', 'use'],
        additionalProperties: false,
      },
    },
    demolitions: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 100000 },
    heightChanges: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          buildingId: { type: 'string', minLength: 1 },
          heightM: { type: 'number', minimum: 0, maximum: 1000 },
          levels: { type: 'integer', minimum: 0, maximum: 300 },
        },
        required: ['buildingId'],
        additionalProperties: false,
      },
    },
    zoningOverrides: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          zoneId: { type: 'string', minLength: 1 },
          code: { type: 'string', minLength: 1 },
          maxHeightM: { type: 'number', minimum: 0 },
          maxCoverage: { type: 'number', minimum: 0, maximum: 1 },
          maxFar: { type: 'number', minimum: 0 },
          setbackFrontM: { type: 'number', minimum: 0 },
          setbackSideM: { type: 'number', minimum: 0 },
        },
        required: ['zoneId'],
        additionalProperties: false,
      },
    },
  },
  required: ['title'],
  additionalProperties: false,
} as const;

/** A scenario document (type derived from {@link scenarioSchema}). */
export type ScenarioDocument = FromSchema<typeof scenarioSchema>;

/** A proposed new building of a scenario. */
export type ProposedBuilding = NonNullable<ScenarioDocument['newBuildings']>[number];
