/** An hourly series: one mean per UTC hour (hours since the Unix epoch), gaps allowed. */

/** One hourly mean. */
export interface HourlyValue {
  /** Hours since the Unix epoch (UTC), i.e. floor(ms / 3,600,000). */
  hour: number;
  value: number;
}

/** The series as a map hour → value (later duplicates win). */
export function toHourMap(series: readonly HourlyValue[]): Map<number, number> {
  return new Map(series.map((v) => [v.hour, v.value]));
}

/** Local hour of day (0–23) of an epoch hour for a UTC offset in hours. Default offset: +7 (Huế). */
export function hourOfDay(hour: number, utcOffsetHours = 7): number {
  return (((hour + utcOffsetHours) % 24) + 24) % 24;
}
