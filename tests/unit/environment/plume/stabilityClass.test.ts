/** Pasquill–Gifford classes from wind speed and the sun (Turner's table). */
import { describe, expect, it } from 'vitest';
import { insolationOf, solarElevationDeg, stabilityAt, stabilityClass } from '../../../../src/environment/plume/stabilityClass.ts';

describe('stabilityClass', () => {
  it('follows the table by wind speed and insolation', () => {
    expect(stabilityClass(1, 'strong')).toBe('A');
    expect(stabilityClass(4, 'strong')).toBe('B');
    expect(stabilityClass(7, 'strong')).toBe('C');
    expect(stabilityClass(4, 'moderate')).toBe('C');
    expect(stabilityClass(7, 'slight')).toBe('D');
    expect(stabilityClass(2.5, 'night')).toBe('F');
    expect(stabilityClass(4, 'night')).toBe('E');
    expect(stabilityClass(8, 'night')).toBe('D');
  });

  it('derives insolation from the solar elevation', () => {
    expect(insolationOf(-5)).toBe('night');
    expect(insolationOf(20)).toBe('slight');
    expect(insolationOf(45)).toBe('moderate');
    expect(insolationOf(70)).toBe('strong');
  });

  it('puts the sun high at noon and below the horizon at midnight in Huế (UTC+7)', () => {
    const noon = new Date('2025-06-21T05:00:00Z'); // 12:00 local
    const midnight = new Date('2025-06-21T17:00:00Z'); // 00:00 local
    expect(solarElevationDeg(noon, 107.58, 16.46)).toBeGreaterThan(75);
    expect(solarElevationDeg(midnight, 107.58, 16.46)).toBeLessThan(-40);
    expect(stabilityAt(noon, 107.58, 16.46, 1.5)).toBe('A');
    expect(stabilityAt(midnight, 107.58, 16.46, 1.5)).toBe('F');
  });
});
