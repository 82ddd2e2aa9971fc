/** Today's date and a default time in Huế (UTC+7), for the sun controls' initial values. */
import { formatHueDateTime } from '../../analysis/hueLocalTime.ts';

/** Today's date in Huế, `YYYY-MM-DD`. */
export function todayInHue(now = new Date()): string {
  return formatHueDateTime(now).slice(0, 10);
}

/** Default time of day for the sun controls, `HH:mm` (morning light, long shadows). */
export const DEFAULT_SUN_TIME = '09:00';
