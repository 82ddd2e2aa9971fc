/**
 * Stations as points for the 2D map (plain TypeScript): position, the badge's AQI text and
 * category colour as RGB (the same {@link stationBadge} the 3D markers and the panel use), the
 * label, and a screen-space hit test for clicks.
 */
import type { Lang } from '../../../ui/i18n/messages.ts';
import { stationBadge } from '../stations/stationBadge.ts';
import type { StationReading } from '../stations/stationReading.ts';

/** RGB colour, 0–255 each. */
export type Rgb = [number, number, number];

/** One station as the map draws it. */
export interface StationPoint {
  /** Thing id. */
  readonly id: number;
  /** [longitude, latitude], degrees. */
  readonly position: [number, number];
  /** AQI as text, or "—". */
  readonly text: string;
  /** Category colour (grey without an AQI). */
  readonly fill: Rgb;
  /** Text colour that reads on `fill`. */
  readonly ink: Rgb;
  /** Station code (or name). */
  readonly label: string;
  readonly selected: boolean;
}

/** `#RRGGBB` → [r, g, b]. @throws RangeError for anything else. */
export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new RangeError(`hexToRgb: not a #RRGGBB colour: ${hex}`);
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The points of the readings; the selected station last, so it draws on top. */
export function stationPoints(readings: readonly StationReading[], lang: Lang, noDataText: string, selected: number | undefined): StationPoint[] {
  const points = readings.map((r): StationPoint => {
    const badge = stationBadge(r.aqi, lang, noDataText);
    return {
      id: r.station.id, position: [r.station.lon, r.station.lat], text: badge.text,
      fill: hexToRgb(badge.fill), ink: hexToRgb(badge.ink), label: r.station.code ?? r.station.name, selected: r.station.id === selected,
    };
  });
  return [...points.filter((p) => !p.selected), ...points.filter((p) => p.selected)];
}

/** The id of the station whose screen point (CSS px) is nearest to (x, y) within `radiusPx`; undefined when none. */
export function stationAt(points: readonly { id: number; x: number; y: number }[], x: number, y: number, radiusPx: number): number | undefined {
  let best: number | undefined;
  let bestD2 = radiusPx * radiusPx;
  for (const p of points) {
    const d2 = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d2 <= bestD2) {
      bestD2 = d2;
      best = p.id;
    }
  }
  return best;
}
