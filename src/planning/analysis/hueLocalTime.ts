/**
 * Huế local time (Indochina Time, UTC+7, no daylight saving) ↔ instants. The URL and the panel
 * speak local wall-clock time (`2026-06-21T09:00`), which is what a planner in Huế means by "9 am".
 */

/** Huế's offset from UTC, hours (ICT, UTC+7 all year). */
export const HUE_UTC_OFFSET_H = 7;
/** Label shown beside local times. */
export const HUE_TIME_ZONE_LABEL = 'UTC+7';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function instant(y: number, mo: number, d: number, h: number, mi: number): Date | undefined {
  const ms = Date.UTC(y, mo - 1, d, h - HUE_UTC_OFFSET_H, mi);
  const check = new Date(ms + HUE_UTC_OFFSET_H * 3_600_000);
  // Rejects 2026-02-30 and 25:00 (Date.UTC would roll them over).
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || check.getUTCHours() !== h || check.getUTCMinutes() !== mi) return undefined;
  return new Date(ms);
}

/** Parses `YYYY-MM-DDTHH:mm` as Huế local time; undefined when malformed or not a real date/time. */
export function parseHueDateTime(text: string): Date | undefined {
  const m = LOCAL_DATE_TIME.exec(text);
  return m ? instant(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!) : undefined;
}

/** Parses `YYYY-MM-DD` as Huế local midnight; undefined when malformed or not a real date. */
export function parseHueDate(text: string): Date | undefined {
  const m = LOCAL_DATE.exec(text);
  return m ? instant(+m[1]!, +m[2]!, +m[3]!, 0, 0) : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Formats an instant as Huế local `YYYY-MM-DDTHH:mm` (minutes truncated). */
export function formatHueDateTime(date: Date): string {
  const l = new Date(date.getTime() + HUE_UTC_OFFSET_H * 3_600_000);
  return `${l.getUTCFullYear()}-${pad(l.getUTCMonth() + 1)}-${pad(l.getUTCDate())}T${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}`;
}
