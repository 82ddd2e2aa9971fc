/**
 * Pure edits of a tour document in the editor (no React, unit-tested): reorder, add a stop from a
 * camera, change a text, and clean the document for saving (the schema wants no blank texts).
 */
import { fromServedTour } from '../../player/fromServedTour.ts';
import { missingTranslations, type MissingTranslation } from '../../player/missingTranslations.ts';
import type { LocalizedText, PlayableTour, StopCamera, TourLang } from '../../player/tourTypes.ts';
import type { TourDocument } from '../toursApi.ts';

/** A stop of a tour document. */
export type DraftStop = TourDocument['stops'][number];

/** Duration of a new stop, in seconds. */
export const NEW_STOP_DURATION_S = 30;
/** Languages a tour must be complete in before it can be published (docs/tours.md). */
export const REQUIRED_LANGS: readonly TourLang[] = ['vi', 'en'];

/** An empty tour document for "new tour". */
export function emptyDocument(): TourDocument {
  return { title: {}, stops: [] };
}

/** Moves the stop at `from` to position `to` (both clamped); the same document when nothing moves. */
export function moveStop(doc: TourDocument, from: number, to: number): TourDocument {
  const last = doc.stops.length - 1;
  const a = Math.max(0, Math.min(last, from));
  const b = Math.max(0, Math.min(last, to));
  if (a === b || last < 1) return doc;
  const stops = [...doc.stops];
  const [moved] = stops.splice(a, 1);
  stops.splice(b, 0, moved);
  return { ...doc, stops };
}

/** A stop id not used yet: `stop-1`, `stop-2`, … */
export function freeStopId(stops: readonly DraftStop[]): string {
  const used = new Set(stops.map((s) => s.id));
  for (let n = stops.length + 1; ; n++) if (!used.has(`stop-${n}`)) return `stop-${n}`;
}

/** Appends a stop looking from `camera` (rounded: ~1 cm, 0.1°), showing `layers` when given. */
export function addStopFromCamera(doc: TourDocument, camera: StopCamera, layers?: string[]): TourDocument {
  const round = (v: number, d: number) => Number(v.toFixed(d));
  const view: StopCamera = {
    lonDeg: round(camera.lonDeg, 7), latDeg: round(camera.latDeg, 7), heightM: round(camera.heightM, 1),
    headingDeg: round(((camera.headingDeg % 360) + 360) % 360, 1), pitchDeg: round(Math.max(-90, Math.min(90, camera.pitchDeg)), 1),
  };
  const stop: DraftStop = { id: freeStopId(doc.stops), view, title: {}, narration: {}, durationS: NEW_STOP_DURATION_S, ...(layers ? { layers } : {}) };
  return { ...doc, stops: [...doc.stops, stop] };
}

/** Replaces stop `index` with `patch` applied. */
export function updateStop(doc: TourDocument, index: number, patch: Partial<DraftStop>): TourDocument {
  return { ...doc, stops: doc.stops.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

/** Removes stop `index`. */
export function removeStop(doc: TourDocument, index: number): TourDocument {
  return { ...doc, stops: doc.stops.filter((_, i) => i !== index) };
}

/** Sets one language of a localized text (an empty string keeps the key while editing). */
export function setText(texts: LocalizedText | undefined, lang: TourLang, value: string): LocalizedText {
  return { ...texts, [lang]: value };
}

function cleanText(texts: LocalizedText | undefined): LocalizedText {
  const out: LocalizedText = {};
  for (const [lang, value] of Object.entries(texts ?? {})) if (typeof value === 'string' && value.trim() !== '') out[lang as TourLang] = value.trim();
  return out;
}

/** The document as it is saved: blank texts dropped (the schema requires non-empty strings). */
export function cleanDocument(doc: TourDocument): TourDocument {
  const out: TourDocument = { ...doc, title: cleanText(doc.title), stops: doc.stops.map((s) => ({ ...s, title: cleanText(s.title), narration: cleanText(s.narration) })) };
  if (doc.description) out.description = cleanText(doc.description);
  return out;
}

/** The draft as a playable tour, for the preview (draft `id`, no version). */
export function draftPlayable(id: string, doc: TourDocument): PlayableTour {
  const tour = fromServedTour({ id, status: 'draft', version: null, document: cleanDocument(doc) });
  return tour;
}

/** Missing translations split into those that block publishing (vi, en) and the optional ones. */
export function publishCheck(doc: TourDocument, langs: readonly TourLang[]): { required: MissingTranslation[]; optional: MissingTranslation[] } {
  const all = missingTranslations(cleanDocument(doc), [...new Set([...REQUIRED_LANGS, ...langs])]);
  return { required: all.filter((m) => REQUIRED_LANGS.includes(m.lang)), optional: all.filter((m) => !REQUIRED_LANGS.includes(m.lang)) };
}
