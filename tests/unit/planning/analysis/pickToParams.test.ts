import { describe, expect, it } from 'vitest';
import { parseAnalysisParams } from '../../../../src/planning/analysis/analysisParams.ts';
import { pickToParams } from '../../../../src/planning/ui/analysis/pickToParams.ts';

const base = { measured: [], date: '2026-06-21', pending: [] };
const apply = (params: Record<string, string | undefined>) => parseAnalysisParams(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<string, string>);

describe('pickToParams', () => {
  it('viewshed: one click places the observer 1.6 m above the picked surface with the chosen radius', () => {
    const out = pickToParams({ lon: 107.59, lat: 16.47, h: 10 }, { ...base, tool: 'viewshed', radiusM: 500 });
    expect(apply(out.params!).analysis).toEqual({ tool: 'viewshed', at: { lon: 107.59, lat: 16.47, h: 11.6 }, radiusM: 500 });
  });

  it('line of sight: the first click waits, the second runs', () => {
    const first = pickToParams({ lon: 107.59, lat: 16.47, h: 0 }, { ...base, tool: 'los' });
    expect(first.params).toBeUndefined();
    expect(first.pending).toEqual([{ lon: 107.59, lat: 16.47, h: 1.6 }]);
    const second = pickToParams({ lon: 107.6, lat: 16.47, h: 0 }, { ...base, tool: 'los', pending: first.pending });
    expect(apply(second.params!).analysis).toMatchObject({ tool: 'los', to: { lon: 107.6, h: 1.6 } });
    expect(second.pending).toEqual([]);
  });

  it('sun hours: two corners make a box in either order; a box over 1 km a side is refused', () => {
    const a = { lon: 107.59, lat: 16.47, h: 0 }, b = { lon: 107.587, lat: 16.468, h: 0 };
    const out = pickToParams(b, { ...base, tool: 'sunhours', pending: [a] });
    expect(apply(out.params!).analysis).toEqual({ tool: 'sunhours', west: 107.587, south: 16.468, east: 107.59, north: 16.47, date: '2026-06-21' });
    const far = pickToParams({ lon: 107.6, lat: 16.47, h: 0 }, { ...base, tool: 'sunhours', pending: [a] });
    expect(far.notice).toBe('tooLarge');
    expect(far.params).toBeUndefined();
  });

  it('distance and area extend the measured points; height replaces its point', () => {
    const p1 = { lon: 107.59, lat: 16.47, h: 0 }, p2 = { lon: 107.6, lat: 16.47, h: 0 };
    expect(apply(pickToParams(p2, { ...base, tool: 'distance', measured: [p1] }).params!).analysis).toEqual({ tool: 'distance', points: [p1, p2] });
    expect(apply(pickToParams(p2, { ...base, tool: 'height', measured: [p1] }).params!).analysis).toEqual({ tool: 'height', points: [p2] });
  });
});
