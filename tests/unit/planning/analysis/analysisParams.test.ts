import { describe, expect, it } from 'vitest';
import { analysisToParams, parseAnalysisParams } from '../../../../src/planning/analysis/analysisParams.ts';

describe('analysis URL parameters', () => {
  it('round-trips every tool', () => {
    const states = [
      { tool: 'viewshed', at: { lon: 107.5895, lat: 16.4722, h: 21.6 }, radiusM: 1000 },
      { tool: 'los', from: { lon: 107.58, lat: 16.47, h: 1.6 }, to: { lon: 107.59, lat: 16.471, h: 30 } },
      { tool: 'sunhours', west: 107.58, south: 16.47, east: 107.585, north: 16.475, date: '2026-06-21' },
      { tool: 'distance', points: [{ lon: 107.58, lat: 16.47, h: 0 }, { lon: 107.59, lat: 16.47, h: 0 }] },
      { tool: 'height', points: [{ lon: 107.58, lat: 16.47, h: 12.5 }] },
    ] as const;
    for (const state of states) {
      const patch = analysisToParams(state);
      const params = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Record<string, string>;
      const parsed = parseAnalysisParams(params);
      expect(parsed.problems).toEqual([]);
      expect(parsed.analysis).toEqual(state);
    }
  });

  it('reads the sun instant as Huế time and clears the other tools\' keys', () => {
    const parsed = parseAnalysisParams({ sun: '2026-06-21T09:00', tool: 'distance' });
    expect(parsed.sun!.toISOString()).toBe('2026-06-21T02:00:00.000Z');
    expect(parsed.tool).toBe('distance');
    expect(parsed.analysis).toEqual({ tool: 'distance', points: [] });
    expect(analysisToParams({ tool: 'area' })).toEqual({ tool: 'area', los: undefined, vs: undefined, sh: undefined, m: undefined });
  });

  it('names malformed values and ignores them', () => {
    const parsed = parseAnalysisParams({ sun: '2026-06-31T09:00', tool: 'viewshed', vs: '107.5,16.4,1.6,99999' });
    expect(parsed.sun).toBeUndefined();
    expect(parsed.analysis).toBeUndefined();
    expect(parsed.problems.join(' ')).toMatch(/sun=2026-06-31T09:00.*vs=107.5,16.4,1.6,99999/);
    expect(parseAnalysisParams({ tool: 'teleport' }).problems[0]).toMatch(/tool=teleport/);
    expect(parseAnalysisParams({ tool: 'los', los: '1,2,3' }).analysis).toBeUndefined();
    expect(parseAnalysisParams({ tool: 'sunhours', sh: '107.6,16.4,107.5,16.5,2026-06-21' }).problems).toHaveLength(1);
  });
});
