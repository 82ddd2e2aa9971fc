/** Colour mapping of the planning view: ramps, hex parsing, proposal colours, legends per mode. */
import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_COLOURS, HEIGHT_RAMP, NO_DATA_COLOUR, YEAR_RAMP, cssColour, hexToRgba, isColourBy, legendFor, proposalColour, rampColour,
} from '../../../../src/planning/ui/buildingColours.ts';

describe('building colours', () => {
  it('ramps clamp at the ends, hit stops exactly and interpolate between them', () => {
    expect(rampColour(HEIGHT_RAMP, -5)).toEqual(HEIGHT_RAMP[0]![1]);
    expect(rampColour(HEIGHT_RAMP, 1000)).toEqual(HEIGHT_RAMP[HEIGHT_RAMP.length - 1]![1]);
    expect(rampColour(HEIGHT_RAMP, 12)).toEqual(HEIGHT_RAMP[2]![1]);
    const mid = rampColour(HEIGHT_RAMP, 9); // halfway between the 6 m and 12 m stops
    const [a, b] = [HEIGHT_RAMP[1]![1], HEIGHT_RAMP[2]![1]];
    expect(mid).toEqual([0, 1, 2, 3].map((k) => Math.round((a[k]! + b[k]!) / 2)));
    expect(rampColour(YEAR_RAMP, Number.NaN)).toEqual(NO_DATA_COLOUR);
  });

  it('parses #rrggbb and falls back otherwise', () => {
    expect(hexToRgba('#f4c28b')).toEqual([244, 194, 139, 255]);
    expect(hexToRgba('red')).toEqual(NO_DATA_COLOUR);
    expect(hexToRgba(undefined, [1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
    expect(cssColour([1, 2, 3, 255])).toBe('rgb(1, 2, 3)');
  });

  it('severities get distinct colours, and a violating proposal is coloured by its status', () => {
    const colours = new Set(Object.values(COMPLIANCE_COLOURS).map((c) => c.join(',')));
    expect(colours.size).toBe(5);
    expect(proposalColour('compliance', 'major', 'commercial', 12, {})).toEqual(COMPLIANCE_COLOURS.major);
    expect(proposalColour('use', 'major', 'commercial', 12, { commercial: '#e57373' })).toEqual([229, 115, 115, 255]);
    expect(proposalColour('height', 'ok', undefined, 45, {})).toEqual(HEIGHT_RAMP[HEIGHT_RAMP.length - 1]![1]);
    expect(proposalColour('year', 'ok', undefined, 3, {})).toEqual(YEAR_RAMP[YEAR_RAMP.length - 1]![1]);
  });

  it('legends: one row per status, per use plus "other", per height stop, per year stop plus "no data"', () => {
    expect(legendFor('compliance', {}).map((e) => ('key' in e.label ? e.label.key : ''))).toEqual(['status.ok', 'status.proposal', 'status.minor', 'status.major', 'status.critical']);
    const uses = legendFor('use', { residential: '#f4c28b', commercial: '#e57373' });
    expect(uses).toHaveLength(3);
    expect(uses[0]).toEqual({ colour: [244, 194, 139, 255], label: { key: 'use.residential' } });
    const heights = legendFor('height', {});
    expect(heights).toHaveLength(HEIGHT_RAMP.length);
    expect(heights[heights.length - 1]!.label).toEqual({ key: 'legend.atLeastM', params: { value: 45 } });
    expect(legendFor('year', {})).toHaveLength(YEAR_RAMP.length + 1);
  });

  it('isColourBy accepts the four modes only', () => {
    expect(['compliance', 'use', 'height', 'year'].every(isColourBy)).toBe(true);
    expect(isColourBy('zone')).toBe(false);
    expect(isColourBy(undefined)).toBe(false);
  });
});
