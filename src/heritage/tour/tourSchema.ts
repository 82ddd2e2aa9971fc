/**
 * JSON Schema of a heritage tour document: a titled sequence of stops (camera view or panorama,
 * texts per language, audio, media, layers, duration). The TS type {@link TourDocument} is derived
 * from this literal; `tours/tour.schema.json` is a copy (a unit test keeps them equal).
 * Angles in degrees, heights in metres, durations in seconds.
 */
import type { FromSchema } from '../../planning/scenario/FromSchema.ts';

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength } as const);
const localized = (maxLength: number) => ({
  type: 'object',
  properties: { vi: text(maxLength), en: text(maxLength), fr: text(maxLength), ja: text(maxLength), ko: text(maxLength), zh: text(maxLength) },
  additionalProperties: false,
} as const);
const id = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$' } as const;
const assetId = { type: 'string', minLength: 1, maxLength: 100, pattern: '^a-[A-Za-z0-9-]+$' } as const;
const translationKind = { enum: ['original', 'official', 'author', 'machine'] } as const;

/** Camera of a stop: position in degrees/metres above the ellipsoid, heading and pitch in degrees. */
export const tourViewSchema = {
  type: 'object',
  properties: {
    lonDeg: { type: 'number', minimum: -180, maximum: 180 },
    latDeg: { type: 'number', minimum: -90, maximum: 90 },
    heightM: { type: 'number', minimum: -500, maximum: 10000000 },
    headingDeg: { type: 'number', minimum: -360, maximum: 360 },
    pitchDeg: { type: 'number', minimum: -90, maximum: 90 },
  },
  required: ['lonDeg', 'latDeg', 'heightM', 'headingDeg', 'pitchDeg'],
  additionalProperties: false,
} as const;

/** The tour JSON Schema (draft 2020-12 subset understood by ajv). */
export const tourSchema = {
  $id: 'https://hue-twin.example/schemas/tour.json',
  title: 'Huế Twin heritage tour',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    title: localized(200),
    description: localized(5000),
    translations: {
      type: 'object',
      properties: { vi: translationKind, en: translationKind, fr: translationKind, ja: translationKind, ko: translationKind, zh: translationKind },
      additionalProperties: false,
    },
    stops: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: {
        type: 'object',
        properties: {
          id,
          monumentId: id,
          view: tourViewSchema,
          panorama: assetId,
          title: localized(200),
          narration: localized(5000),
          audio: {
            type: 'object',
            properties: { vi: assetId, en: assetId, fr: assetId, ja: assetId, ko: assetId, zh: assetId },
            additionalProperties: false,
          },
          media: {
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              properties: { asset: assetId, caption: localized(500) },
              required: ['asset'],
              additionalProperties: false,
            },
          },
          layers: { type: 'array', maxItems: 50, items: id },
          durationS: { type: 'number', minimum: 3, maximum: 600 },
        },
        required: ['id', 'title', 'narration', 'durationS'],
        additionalProperties: false,
      },
    },
  },
  required: ['title', 'stops'],
  additionalProperties: false,
} as const;

/** A tour document as stored (draft or published version). */
export type TourDocument = FromSchema<typeof tourSchema>;
/** One stop of a tour. */
export type TourStop = TourDocument['stops'][number];
/** Camera of a stop (degrees, metres). */
export type TourView = FromSchema<typeof tourViewSchema>;
