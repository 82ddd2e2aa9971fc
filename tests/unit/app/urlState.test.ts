// Unit tests for the URL hash view state (src/app/urlState.ts): parsing, defaults, round trips.
import { describe, expect, it } from 'vitest';
import { defaultViewState, formatCamera, parseCamera, parseHash, serializeHash } from '../../../src/app/urlState.ts';

describe('parseHash', () => {
  it('defaults to planning, Vietnamese, normal rendering', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/planning']) {
      expect(parseHash(hash)).toEqual(defaultViewState());
    }
  });

  it('reads workspace, 3D camera, layers, language and render mode', () => {
    const s = parseHash('#/heritage?cam=107.5786,16.43,3441.5,10,-35&layers=citadel-walls,heritage-monuments&lang=en&render=low');
    expect(s.workspace).toBe('heritage');
    expect(s.camera).toEqual({ kind: '3d', lonDeg: 107.5786, latDeg: 16.43, heightM: 3441.5, headingDeg: 10, pitchDeg: -35 });
    expect(s.layers).toEqual(['citadel-walls', 'heritage-monuments']);
    expect(s.lang).toBe('en');
    expect(s.render).toBe('low');
  });

  it('reads a 2D camera in the logistics workspace', () => {
    const s = parseHash('#/logistics?cam=107.585,16.462,12.5,0,0');
    expect(s.camera).toEqual({ kind: '2d', lonDeg: 107.585, latDeg: 16.462, zoom: 12.5, bearingDeg: 0, pitchDeg: 0 });
  });

  it('drops malformed or out-of-range values instead of failing', () => {
    expect(parseHash('#/planning?cam=1,2,3').camera).toBeUndefined();
    expect(parseHash('#/planning?cam=200,16,1000,0,-30').camera).toBeUndefined();
    expect(parseHash('#/planning?cam=107,16,-5,0,-30').camera).toBeUndefined();
    expect(parseHash('#/planning?cam=107,16,abc,0,-30').camera).toBeUndefined();
    expect(parseHash('#/logistics?cam=107,16,30,0,0').camera).toBeUndefined();
    expect(parseHash('#/planning?lang=fr&render=ultra').lang).toBe('vi');
    expect(parseHash('#/planning?render=ultra').render).toBe('normal');
    expect(parseHash('#/planning?cam=%E0%A4%A').camera).toBeUndefined();
  });

  it('keeps valid layer ids only, without duplicates, and an empty list when asked', () => {
    expect(parseHash('#/planning?layers=a-1,BAD,,a-1,b2').layers).toEqual(['a-1', 'b2']);
    expect(parseHash('#/planning?layers=').layers).toEqual([]);
    expect(parseHash('#/planning').layers).toBeUndefined();
  });

  it('normalises headings into 0–360', () => {
    expect(parseCamera('107,16,1000,-90,-30', 'planning')).toMatchObject({ headingDeg: 270 });
    expect(parseCamera('107,16,1000,720,-30', 'planning')).toMatchObject({ headingDeg: 0 });
  });

  it('keeps unknown parameters for other features', () => {
    const s = parseHash('#/environment?time=2025-07-01T00:00Z&scenario=s1');
    expect(s.extra).toEqual({ time: '2025-07-01T00:00Z', scenario: 's1' });
    expect(serializeHash(s)).toBe('#/environment?time=2025-07-01T00%3A00Z&scenario=s1');
  });
});

describe('serializeHash', () => {
  it('leaves defaults out', () => {
    expect(serializeHash(defaultViewState())).toBe('#/planning');
  });

  it('round-trips a full state', () => {
    const hash = '#/planning?cam=107.5786,16.425649,3441.5,12.5,-35&layers=a,b&lang=en&render=low';
    expect(serializeHash(parseHash(hash))).toBe(hash);
    const hash2 = '#/logistics?cam=107.585,16.462,12.5,90,30&layers=&lang=en';
    expect(serializeHash(parseHash(hash2))).toBe(hash2);
  });

  it('drops a camera of the wrong kind for the workspace', () => {
    const s = { ...parseHash('#/planning?cam=107,16,1000,0,-30'), workspace: 'logistics' as const };
    expect(serializeHash(s)).toBe('#/logistics');
  });
});

describe('formatCamera', () => {
  it('rounds to what a link needs and never writes heading 360', () => {
    expect(formatCamera({ kind: '3d', lonDeg: 107.57861234, latDeg: 16.4698001, heightM: 3441.54, headingDeg: 359.99, pitchDeg: -35.04 }))
      .toBe('107.578612,16.4698,3441.5,0,-35');
    expect(formatCamera({ kind: '2d', lonDeg: 107.585, latDeg: 16.462, zoom: 12.4567, bearingDeg: 0, pitchDeg: 0 }))
      .toBe('107.585,16.462,12.46,0,0');
  });
});
