/** Gaussian plume maths against values worked by hand from the formula. */
import { describe, expect, it } from 'vitest';
import { dispersionSigmas, plumeConcentration, plumeFrame } from '../../../../src/environment/simulator/gaussianPlume.ts';

describe('Gaussian plume', () => {
  it('uses the Briggs open-country coefficients (class D at 1 km)', () => {
    const { sigmaY, sigmaZ } = dispersionSigmas(1000, 'D');
    expect(sigmaY).toBeCloseTo((0.08 * 1000) / Math.sqrt(1.1), 6);
    expect(sigmaZ).toBeCloseTo((0.06 * 1000) / Math.sqrt(2.5), 6);
  });

  it('gives Q/(π u σy σz) on the centreline of a ground-level source, in µg/m³', () => {
    const { sigmaY, sigmaZ } = dispersionSigmas(1000, 'D');
    const expected = (1 / (Math.PI * 2 * sigmaY * sigmaZ)) * 1e6;
    expect(plumeConcentration(1, 1000, 0, 0, 2, 'D')).toBeCloseTo(expected, 6);
    // off-axis by one σy: × e^(−1/2); a stack of one σz: × e^(−1/2)
    expect(plumeConcentration(1, 1000, sigmaY, 0, 2, 'D')).toBeCloseTo(expected * Math.exp(-0.5), 6);
    expect(plumeConcentration(1, 1000, 0, sigmaZ, 2, 'D')).toBeCloseTo(expected * Math.exp(-0.5), 6);
    expect(plumeConcentration(1, -10, 0, 0, 2, 'D')).toBe(0);
  });

  it('maps a wind from the north to a plume going south', () => {
    const south = plumeFrame([107.6, 16.4], [107.6, 16.39], 0);
    expect(south.downwind).toBeGreaterThan(1000);
    expect(Math.abs(south.crosswind)).toBeLessThan(1e-6);
    expect(plumeFrame([107.6, 16.4], [107.6, 16.41], 0).downwind).toBeLessThan(0);
    expect(plumeFrame([107.6, 16.4], [107.61, 16.4], 270).downwind).toBeGreaterThan(1000);
  });
});
