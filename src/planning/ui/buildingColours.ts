/**
 * Colours of buildings in the planning 3D view for each "colour by" mode, and the matching legend.
 * Pure data (RGBA 0–255 and CSS strings); the scene turns them into Cesium colours.
 */
import type { ComplianceStatus } from './complianceStatus.ts';

/** What buildings are coloured by. */
export type ColourBy = 'compliance' | 'use' | 'height' | 'year';

/** Every mode, in the order of the switch. */
export const COLOUR_BY_MODES: readonly ColourBy[] = ['compliance', 'use', 'height', 'year'];

/** A colour, RGBA 0–255. */
export type Rgba = readonly [number, number, number, number];

/** Compliance colours: neutral stone for ok, green for a complying proposal, yellow/orange/red by severity. */
export const COMPLIANCE_COLOURS: Record<ComplianceStatus, Rgba> = {
  ok: [215, 210, 200, 255],
  proposal: [46, 160, 67, 255],
  minor: [250, 204, 21, 255],
  major: [245, 124, 0, 255],
  critical: [220, 20, 60, 255],
};

/** Legend order of the compliance colours. */
export const COMPLIANCE_ORDER: readonly ComplianceStatus[] = ['ok', 'proposal', 'minor', 'major', 'critical'];

/** Colour of the building a planner focused (clicked in the violation list). */
export const SELECTED_COLOUR: Rgba = [0, 229, 255, 255];

/** Colour of a building whose attribute is missing (no year, unknown use). */
export const NO_DATA_COLOUR: Rgba = [160, 160, 160, 255];

/** A colour ramp: `[value, colour]` stops in increasing value order. */
export type Ramp = ReadonlyArray<readonly [number, Rgba]>;

/** Heights, m: low houses pale yellow to towers dark purple (stops at 0, 6, 12, 20, 30, 45 m). */
export const HEIGHT_RAMP: Ramp = [
  [0, [255, 247, 188, 255]], [6, [254, 196, 79, 255]], [12, [236, 112, 20, 255]],
  [20, [204, 76, 2, 255]], [30, [140, 45, 4, 255]], [45, [73, 0, 106, 255]],
];

/** Year built: old (1800) brown to recent (2025) blue. */
export const YEAR_RAMP: Ramp = [
  [1800, [140, 81, 10, 255]], [1900, [216, 179, 101, 255]], [1975, [199, 234, 229, 255]],
  [2000, [90, 180, 172, 255]], [2025, [1, 102, 94, 255]],
];

/** The colour of `value` on `ramp`, linearly interpolated; clamped at both ends. */
export function rampColour(ramp: Ramp, value: number): Rgba {
  if (!Number.isFinite(value)) return NO_DATA_COLOUR;
  const first = ramp[0]!, last = ramp[ramp.length - 1]!;
  if (value <= first[0]) return first[1];
  if (value >= last[0]) return last[1];
  for (let i = 1; i < ramp.length; i++) {
    const [v1, c1] = ramp[i]!;
    if (value <= v1) {
      const [v0, c0] = ramp[i - 1]!;
      const t = (value - v0) / (v1 - v0);
      return [0, 1, 2, 3].map((k) => Math.round(c0[k]! + (c1[k]! - c0[k]!) * t)) as unknown as Rgba;
    }
  }
  return last[1];
}

/** `#rrggbb` → RGBA (opaque); `fallback` for anything else. */
export function hexToRgba(hex: string | undefined, fallback: Rgba = NO_DATA_COLOUR): Rgba {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16), 255] : fallback;
}

/** CSS `rgb()` of a colour (for the legend). */
export function cssColour(c: Rgba): string {
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** One legend row: a swatch and a label (a message key of the scenario tools with its parameters, or literal text). */
export interface LegendEntry {
  colour: Rgba;
  label: { key: string; params?: Record<string, string | number> } | { text: string };
}

/** Legend of `mode`; `useColours` maps a use to `#rrggbb` (the buildings layer's style). */
export function legendFor(mode: ColourBy, useColours: Readonly<Record<string, string>>): LegendEntry[] {
  switch (mode) {
    case 'compliance':
      return COMPLIANCE_ORDER.map((s) => ({ colour: COMPLIANCE_COLOURS[s], label: { key: `status.${s}` } }));
    case 'use':
      return [
        ...Object.entries(useColours).map(([use, hex]) => ({ colour: hexToRgba(hex), label: { key: `use.${use}` } })),
        { colour: NO_DATA_COLOUR, label: { key: 'legend.other' } },
      ];
    case 'height':
      return HEIGHT_RAMP.map(([m, c], i) => ({ colour: c, label: { key: i === HEIGHT_RAMP.length - 1 ? 'legend.atLeastM' : 'legend.metres', params: { value: m } } }));
    case 'year':
      return [...YEAR_RAMP.map(([y, c]) => ({ colour: c, label: { text: String(y) } })), { colour: NO_DATA_COLOUR, label: { key: 'legend.noData' } }];
  }
}

/** Whether a URL value names a colour-by mode. */
export function isColourBy(value: string | undefined): value is ColourBy {
  return (COLOUR_BY_MODES as readonly string[]).includes(value ?? '');
}

/** Colour of a proposal in `mode`: its compliance status, use, height (m) or — being new — the newest year. */
export function proposalColour(mode: ColourBy, status: ComplianceStatus, use: string | undefined, heightM: number, useColours: Readonly<Record<string, string>>): Rgba {
  switch (mode) {
    case 'compliance': return COMPLIANCE_COLOURS[status];
    case 'use': return hexToRgba(useColours[use ?? '']);
    case 'height': return rampColour(HEIGHT_RAMP, heightM);
    case 'year': return YEAR_RAMP[YEAR_RAMP.length - 1]![1];
  }
}
