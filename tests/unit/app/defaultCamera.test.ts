// Unit tests for the default cameras (src/app/defaultCamera.ts) and the look-at helper behind them.
import { describe, expect, it } from 'vitest';
import { defaultCamera2D, defaultCamera3D, HUE_CITADEL } from '../../../src/app/defaultCamera.ts';
import { cameraLookingAt } from '../../../src/geo/cameraLookingAt.ts';

describe('defaultCamera3D', () => {
  it('looks at the Citadel from the south, pitched down, a few km up', () => {
    const c = defaultCamera3D();
    expect(c.pitchDeg).toBe(-35);
    expect(c.heightM).toBeGreaterThan(2000);
    expect(c.heightM).toBeLessThan(6000);
    expect(c.latDeg).toBeLessThan(HUE_CITADEL.latDeg);
    expect(c.lonDeg).toBeCloseTo(HUE_CITADEL.lonDeg, 6);
  });
  it('puts the camera behind the target for any heading', () => {
    const east = cameraLookingAt({ lonDeg: 0, latDeg: 0 }, 1000, 90, -45);
    expect(east.lonDeg).toBeLessThan(0);
    expect(east.heightM).toBeCloseTo(707.1, 1);
  });
});

describe('defaultCamera2D', () => {
  it('is centred on Huế at zoom 12.5', () => {
    const c = defaultCamera2D();
    expect(c.zoom).toBe(12.5);
    expect(Math.abs(c.lonDeg - HUE_CITADEL.lonDeg)).toBeLessThan(0.02);
    expect(Math.abs(c.latDeg - HUE_CITADEL.latDeg)).toBeLessThan(0.02);
  });
});
