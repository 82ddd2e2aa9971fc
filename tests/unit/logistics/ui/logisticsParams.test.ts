/** The logistics tools' URL state. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNTHETIC_VEHICLES, MAX_SYNTHETIC_VEHICLES, parseLogisticsView, parsePlace, placeOf } from '../../../../src/logistics/ui/logisticsParams.ts';

describe('logistics URL state', () => {
  it('has defaults for an empty URL', () => {
    const v = parseLogisticsView({});
    expect(v).toMatchObject({ showFleet: true, vehicles: DEFAULT_SYNTHETIC_VEHICLES, replayMin: 0, profile: 'car', metric: 'time', closed: [], flood: undefined, pick: undefined, fps: false });
    expect(v.stages.size).toBe(10);
  });

  it('reads every parameter and drops malformed ones', () => {
    const v = parseLogisticsView({ stages: 'customs', fleet: '0', vehicles: '99999', replay: '15', from: 'facility:ga-hue', to: '107.6,16.45', profile: 'truck', metric: 'distance', iso: 'nonsense', closed: 'ql1a-03, cau-truong-tien,bad id', flood: '2.5', facility: 'ga-hue', pick: 'close', fps: '1' });
    expect([...v.stages]).toEqual(['customs']);
    expect(v).toMatchObject({ showFleet: false, vehicles: MAX_SYNTHETIC_VEHICLES, replayMin: 15, from: 'facility:ga-hue', to: '107.6,16.45', profile: 'truck', metric: 'distance', iso: undefined, closed: ['ql1a-03', 'cau-truong-tien'], flood: 2.5, facility: 'ga-hue', pick: 'close', fps: true });
  });

  it('accepts lon,lat within range or facility ids as places', () => {
    expect(parsePlace('200,10')).toBeUndefined();
    expect(parsePlace('107.5,16.4')).toBe('107.5,16.4');
    expect(parsePlace('facility:kcn-phu-bai')).toBe('facility:kcn-phu-bai');
    expect(parsePlace('facility:')).toBeUndefined();
    expect(placeOf(107.123456789, 16.5)).toBe('107.123457,16.500000');
  });
});
