/**
 * How a station's AQI is shown (map marker and panel badge alike): the number, the official
 * VN_AQI category colour, a readable text colour on it, and the category name in the UI language
 * (Vietnamese names of QĐ 1459/QĐ-TCMT; English when `lang` is `en`). No AQI → grey "—".
 */
import type { AqiResult } from '../../aqi.ts';
import type { Lang } from '../../../ui/i18n/messages.ts';

/** Colour of a station without an AQI (not enough data). */
export const NO_AQI_COLOUR = '#8A8F98';

/** A badge's content and colours. */
export interface StationBadge {
  /** The AQI as text, or "—". */
  readonly text: string;
  /** AQI value; undefined when none. */
  readonly aqi?: number;
  /** Category level 1–6; undefined when no AQI. */
  readonly level?: number;
  /** Background: the official category colour (CSS hex). */
  readonly fill: string;
  /** Text colour that reads on `fill` (#000 or #fff). */
  readonly ink: string;
  /** Category name in `lang`, or the "no data" text given. */
  readonly label: string;
}

/** Black or white, whichever contrasts more with a CSS hex colour (relative luminance). */
export function inkFor(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#000000' : '#FFFFFF';
}

/** The badge of an AQI result; `noData` is the label when there is no overall AQI. */
export function stationBadge(aqi: AqiResult, lang: Lang, noData: string): StationBadge {
  const overall = aqi.overall;
  if (!overall) return { text: '—', fill: NO_AQI_COLOUR, ink: inkFor(NO_AQI_COLOUR), label: noData };
  const c = overall.category;
  return {
    text: String(overall.aqi),
    aqi: overall.aqi,
    level: c.level,
    fill: c.color,
    ink: inkFor(c.color),
    label: lang === 'en' ? c.nameEn : c.nameVi,
  };
}
