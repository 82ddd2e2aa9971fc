/**
 * The shape of a tour as the players (the app's viewer and the offline player) use it: a list of
 * stops, each with a camera view or a panorama, texts per language, optional audio, the layers
 * shown and a duration. Built from the served tour by `fromServedTour`.
 */
import { isTourLanguage, TOUR_LANGUAGES, type LocalizedText as Localized, type TourLanguage } from '../languages.ts';

/** Narration languages a tour may carry, in the order the language switch lists them (the registry's list). */
export const TOUR_LANGS = TOUR_LANGUAGES;
/** A narration language code. */
export type TourLang = TourLanguage;

/** Texts per language; any language may be missing. */
export type LocalizedText = Localized;

/** A camera view: position in degrees and metres (above the ellipsoid), heading and pitch in degrees. */
export interface StopCamera {
  lonDeg: number;
  latDeg: number;
  heightM: number;
  headingDeg: number;
  /** -90 looks straight down. */
  pitchDeg: number;
}

/** One stop of a tour. */
export interface PlayableStop {
  id: string;
  title: LocalizedText;
  narration: LocalizedText;
  /** The view to fly to; absent for a panorama-only stop. */
  camera?: StopCamera;
  /** Where the stop stands on the ground (degrees), for the on-site guide; defaults to the camera's position. */
  location?: { lonDeg: number; latDeg: number };
  /** URL of a 360° equirectangular panorama shown instead of (or after) the camera view. */
  panoramaUrl?: string;
  /** Id of the monument the stop is at (registry / `heritage-monuments` layer). */
  monumentId?: string;
  /** URL of a glTF model of the monument (VR / AR). */
  modelUrl?: string;
  /** Recorded narration per language (URLs). */
  audio?: Partial<Record<TourLang, string>>;
  /** Catalog layer ids shown at this stop; absent: leave the layers as they are. */
  layers?: string[];
  /** How long the stop lasts when playing, in seconds (> 0). */
  durationS: number;
}

/** A tour as played: one version of it. */
export interface PlayableTour {
  id: string;
  /** Published version number; undefined for a draft being previewed. */
  version?: number;
  title: LocalizedText;
  /** Languages the tour offers (those with texts), in {@link TOUR_LANGS} order. */
  languages: TourLang[];
  stops: PlayableStop[];
}

/** Whether `value` is one of {@link TOUR_LANGS}. */
export const isTourLang = isTourLanguage;
