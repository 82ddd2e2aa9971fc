// Unit tests for the 2D/3D choice: which workspace supports which engine (src/app/workspaceEngine.ts),
// the `view=` URL parameter (src/app/urlState.ts) and carrying the camera across (src/app/convertCamera.ts).
import { describe, expect, it } from 'vitest';
import { WORKSPACES } from '../../../src/catalog/LayerDefinition.ts';
import { camera2dTo3d, camera3dTo2d, cameraForEngine, metresPerPixel, rangeForZoom, zoomForRange } from '../../../src/app/convertCamera.ts';
import { engineOf, parseHash, serializeHash, type Camera2D, type Camera3D } from '../../../src/app/urlState.ts';
import { supportedEngines, workspaceEngine, WORKSPACE_ENGINES } from '../../../src/app/workspaceEngine.ts';

describe('workspace engines', () => {
  it('lists every workspace once, its default first; only environment has both', () => {
    expect(Object.keys(WORKSPACE_ENGINES).sort()).toEqual([...WORKSPACES].sort());
    expect(WORKSPACES.filter((w) => supportedEngines(w).length > 1)).toEqual(['environment']);
    expect(WORKSPACES.map((w) => workspaceEngine(w))).toEqual(['3d', '3d', '2d', '3d']);
  });

  it('gives the requested engine only when the workspace supports it', () => {
    expect(workspaceEngine('environment', '2d')).toBe('2d');
    expect(workspaceEngine('planning', '2d')).toBe('3d');
    expect(workspaceEngine('logistics', '3d')).toBe('2d');
  });
});

describe('view= in the URL', () => {
  it('keeps links without it exactly as before', () => {
    for (const hash of ['#/environment?cam=107.5786,16.43,3441.5,10,-35&lang=en', '#/logistics?cam=107.585,16.462,12.5,0,0', '#/planning']) {
      const s = parseHash(hash);
      expect(s.view).toBeUndefined();
      expect(serializeHash(s)).toBe(hash);
    }
  });

  it('opens environment in 2D and reads cam= as a 2D camera there', () => {
    const s = parseHash('#/environment?view=2d&cam=107.585,16.462,13.25,0,0&render=low&time=2025-03-10T06:30:00Z');
    expect(engineOf(s)).toBe('2d');
    expect(s.camera).toEqual({ kind: '2d', lonDeg: 107.585, latDeg: 16.462, zoom: 13.25, bearingDeg: 0, pitchDeg: 0 });
    expect(s.extra).toEqual({ time: '2025-03-10T06:30:00Z' });
    expect(serializeHash(s)).toBe('#/environment?view=2d&cam=107.585,16.462,13.25,0,0&render=low&time=2025-03-10T06%3A30%3A00Z');
  });

  it('drops a view the workspace does not support, or its default, without touching the rest', () => {
    expect(parseHash('#/planning?view=2d').view).toBeUndefined();
    expect(serializeHash(parseHash('#/planning?view=2d&lang=en'))).toBe('#/planning?lang=en');
    expect(serializeHash(parseHash('#/environment?view=3d'))).toBe('#/environment');
    expect(parseHash('#/environment?view=4d').view).toBeUndefined();
    expect(parseHash('#/environment?view=4d').extra).toEqual({});
  });

  it('does not write a camera of the other engine', () => {
    const s = { ...parseHash('#/environment?view=2d'), camera: { kind: '3d', lonDeg: 107.5, latDeg: 16.4, heightM: 5000, headingDeg: 0, pitchDeg: -40 } as Camera3D };
    expect(serializeHash(s)).toBe('#/environment?view=2d');
  });
});

describe('camera 2D ↔ 3D', () => {
  const lat = 16.46;

  it('zoom and viewing distance are inverses, one zoom level halving the distance', () => {
    for (const range of [500, 6000, 40_000]) expect(rangeForZoom(zoomForRange(range, lat, 1000), lat, 1000)).toBeCloseTo(range, 6);
    expect(rangeForZoom(13, lat) / rangeForZoom(14, lat)).toBeCloseTo(2, 10);
    // 60° field of view: the ground width seen equals the map's width in metres.
    const range = rangeForZoom(13, lat, 1200);
    expect(2 * range * Math.tan(Math.PI / 6)).toBeCloseTo(1200 * metresPerPixel(13, lat), 6);
  });

  it('metres per pixel follow web mercator with 512-px tiles', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo((2 * Math.PI * 6_378_137) / 512, 6);
    expect(metresPerPixel(1, 60)).toBeCloseTo(metresPerPixel(0, 0) / 4, 6);
  });

  it('a top-down 3D camera maps to a north-up flat map at the same centre, and back', () => {
    const top: Camera3D = { kind: '3d', lonDeg: 107.58, latDeg: lat, heightM: 8000, headingDeg: 0, pitchDeg: -90 };
    const flat = camera3dTo2d(top, 1000);
    expect(flat.lonDeg).toBeCloseTo(107.58, 9);
    expect(flat.latDeg).toBeCloseTo(lat, 9);
    expect(flat.pitchDeg).toBeCloseTo(0, 9);
    expect(flat.zoom).toBeCloseTo(zoomForRange(8000, lat, 1000), 9);
    const back = camera2dTo3d(flat, 1000);
    expect(back.lonDeg).toBeCloseTo(top.lonDeg, 6);
    expect(back.latDeg).toBeCloseTo(top.latDeg, 6);
    expect(back.heightM).toBeCloseTo(8000, 3);
    expect(back.pitchDeg).toBeCloseTo(-90, 9);
  });

  it('a tilted 3D camera centres the map where it looks (ahead along its heading)', () => {
    // Looking north at 45° from 3 km up: the ground point is 3 km north of the camera.
    const cam: Camera3D = { kind: '3d', lonDeg: 107.58, latDeg: lat, heightM: 3000, headingDeg: 0, pitchDeg: -45 };
    const flat = camera3dTo2d(cam);
    expect(flat.lonDeg).toBeCloseTo(107.58, 9);
    expect((flat.latDeg - lat) * 111_320).toBeCloseTo(3000, 3);
    expect(flat.pitchDeg).toBeCloseTo(45, 9);
    expect(flat.bearingDeg).toBe(0);
    // Looking east: the centre moves east.
    const east = camera3dTo2d({ ...cam, headingDeg: 90 });
    expect(east.lonDeg).toBeGreaterThan(107.58);
    expect(east.latDeg).toBeCloseTo(lat, 9);
  });

  it('2D → 3D → 2D keeps centre, zoom, bearing and pitch', () => {
    const map: Camera2D = { kind: '2d', lonDeg: 107.59, latDeg: 16.45, zoom: 13.4, bearingDeg: 30, pitchDeg: 40 };
    const round = camera3dTo2d(camera2dTo3d(map));
    expect(round.lonDeg).toBeCloseTo(map.lonDeg, 6);
    expect(round.latDeg).toBeCloseTo(map.latDeg, 6);
    expect(round.zoom).toBeCloseTo(map.zoom, 6);
    expect(round.bearingDeg).toBeCloseTo(30, 9);
    expect(round.pitchDeg).toBeCloseTo(40, 9);
  });

  it('clamps a near-level 3D view (no horizon on a map) and leaves a missing camera missing', () => {
    const level = camera3dTo2d({ kind: '3d', lonDeg: 107.58, latDeg: lat, heightM: 300, headingDeg: 0, pitchDeg: -2 });
    expect(level.pitchDeg).toBeLessThanOrEqual(60);
    expect(Number.isFinite(level.zoom)).toBe(true);
    expect(cameraForEngine(undefined, '2d')).toBeUndefined();
    const map: Camera2D = { kind: '2d', lonDeg: 107.59, latDeg: 16.45, zoom: 13, bearingDeg: 0, pitchDeg: 0 };
    expect(cameraForEngine(map, '2d')).toBe(map);
    expect(cameraForEngine(map, '3d')?.kind).toBe('3d');
  });
});
