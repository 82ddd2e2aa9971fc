import { describe, expect, it } from 'vitest';
import { formatHueDateTime, parseHueDate, parseHueDateTime } from '../../../../src/planning/analysis/hueLocalTime.ts';

describe('Huế local time (UTC+7)', () => {
  it('reads wall-clock time as UTC+7 and writes it back', () => {
    const d = parseHueDateTime('2026-06-21T09:00')!;
    expect(d.toISOString()).toBe('2026-06-21T02:00:00.000Z');
    expect(formatHueDateTime(d)).toBe('2026-06-21T09:00');
    expect(parseHueDateTime('2026-01-01T03:30')!.toISOString()).toBe('2025-12-31T20:30:00.000Z');
    expect(parseHueDate('2026-06-21')!.toISOString()).toBe('2026-06-20T17:00:00.000Z');
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of ['2026-02-30T10:00', '2026-06-21T24:00', '2026-06-21 09:00', '2026-6-21T09:00', '', 'now']) expect(parseHueDateTime(bad)).toBeUndefined();
    expect(parseHueDate('2026-13-01')).toBeUndefined();
  });
});
