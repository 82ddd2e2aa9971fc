/**
 * Freight flows (`logistics-flows`): the commodities and periods on offer, the flows selected by
 * commodity and period, and arc widths by volume. Pure.
 */
import type { Feature, LineString } from 'geojson';

/** A flow as the map draws it. */
export interface FreightFlow {
  id: string;
  source: [number, number];
  target: [number, number];
  commodity: string;
  period: string;
  volumeT: number;
  from: string;
  to: string;
}

/** Thinnest and thickest arc, pixels. */
export const ARC_WIDTH_RANGE_PX: readonly [number, number] = [1, 8];

/** Flows from the collection's features (straight from → to lines); features without two points are skipped. */
export function freightFlows(features: readonly Feature<LineString>[]): FreightFlow[] {
  const flows: FreightFlow[] = [];
  for (const f of features) {
    const c = f.geometry?.coordinates;
    if (!c || c.length < 2) continue;
    const p = (f.properties ?? {}) as Record<string, unknown>;
    flows.push({
      id: String(f.id ?? p.id ?? flows.length),
      source: [c[0][0], c[0][1]],
      target: [c[c.length - 1][0], c[c.length - 1][1]],
      commodity: String(p.commodity ?? ''),
      period: String(p.period ?? ''),
      volumeT: Number(p.volume_t) || 0,
      from: String(p.from_facility ?? ''),
      to: String(p.to_facility ?? ''),
    });
  }
  return flows;
}

/** Distinct commodities and periods, sorted (periods newest first). */
export function flowChoices(flows: readonly FreightFlow[]): { commodities: string[]; periods: string[] } {
  const commodities = [...new Set(flows.map((f) => f.commodity).filter(Boolean))].sort();
  const periods = [...new Set(flows.map((f) => f.period).filter(Boolean))].sort().reverse();
  return { commodities, periods };
}

/** Flows of a commodity and period (undefined = any). */
export function selectFlows(flows: readonly FreightFlow[], commodity: string | undefined, period: string | undefined): FreightFlow[] {
  return flows.filter((f) => (!commodity || f.commodity === commodity) && (!period || f.period === period));
}

/** Arc width for a volume: proportional to √volume (area-like), from the thinnest at 0 to the thickest at `maxVolumeT`. */
export function arcWidthPx(volumeT: number, maxVolumeT: number): number {
  const [lo, hi] = ARC_WIDTH_RANGE_PX;
  if (!(maxVolumeT > 0) || !(volumeT > 0)) return lo;
  return lo + (hi - lo) * Math.sqrt(Math.min(volumeT, maxVolumeT) / maxVolumeT);
}
