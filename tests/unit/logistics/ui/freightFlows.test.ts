/** Freight flows: from features, choices, selection by commodity and period, arc widths. */
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ARC_WIDTH_RANGE_PX, arcWidthPx, flowChoices, freightFlows, selectFlows } from '../../../../src/logistics/ui/freightFlows.ts';

const flow = (id: string, commodity: string, period: string, volume_t: number): Feature<LineString> => ({
  type: 'Feature', id, properties: { commodity, period, volume_t, from_facility: 'a', to_facility: 'b' }, geometry: { type: 'LineString', coordinates: [[107.6, 16.4], [108.0, 16.3]] },
});

describe('freight flows', () => {
  const flows = freightFlows([flow('1', 'rice', '2026-01', 100), flow('2', 'garments', '2026-02', 400), flow('3', 'rice', '2026-02', 0), { ...flow('4', 'x', 'y', 1), geometry: { type: 'LineString', coordinates: [[1, 2]] } }]);

  it('reads ends, commodity, period and volume; skips lines without two points', () => {
    expect(flows.map((f) => f.id)).toEqual(['1', '2', '3']);
    expect(flows[0]).toMatchObject({ source: [107.6, 16.4], target: [108.0, 16.3], commodity: 'rice', period: '2026-01', volumeT: 100, from: 'a', to: 'b' });
  });

  it('offers sorted commodities and newest-first periods, and selects by both', () => {
    expect(flowChoices(flows)).toEqual({ commodities: ['garments', 'rice'], periods: ['2026-02', '2026-01'] });
    expect(selectFlows(flows, 'rice', undefined).map((f) => f.id)).toEqual(['1', '3']);
    expect(selectFlows(flows, undefined, '2026-02').map((f) => f.id)).toEqual(['2', '3']);
    expect(selectFlows(flows, 'rice', '2026-02').map((f) => f.id)).toEqual(['3']);
  });

  it('sizes arcs by √volume between the thinnest and thickest width', () => {
    const [lo, hi] = ARC_WIDTH_RANGE_PX;
    expect(arcWidthPx(0, 400)).toBe(lo);
    expect(arcWidthPx(400, 400)).toBe(hi);
    expect(arcWidthPx(100, 400)).toBeCloseTo(lo + (hi - lo) * 0.5, 9);
    expect(arcWidthPx(10, 0)).toBe(lo);
  });
});
