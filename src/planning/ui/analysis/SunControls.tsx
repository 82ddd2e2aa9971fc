import { useEffect, useMemo, useState } from 'react';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import type { Lang } from '../../../ui/i18n/messages.ts';
import { HUE_TIME_ZONE_LABEL, parseHueDateTime } from '../../analysis/hueLocalTime.ts';
import { solarPosition } from '../../analysis/solarPosition.ts';
import type { AnalysisMessageKey } from './analysisMessages.ts';
import { updateAnalysisState } from './analysisStore.ts';
import { DEFAULT_SUN_TIME, todayInHue } from './todayInHue.ts';

/** Where the panel computes the sun position it shows: the Citadel (Kỳ Đài), degrees. */
const HUE_CENTRE = { lat: 16.4676, lon: 107.5787 };

/** Props of {@link SunControls}. */
export interface SunControlsProps {
  /** `sun=` from the URL (`YYYY-MM-DDTHH:mm`, Huế time), undefined = off. */
  sun: string | undefined;
  setParams: (patch: Record<string, string | undefined>, mode?: 'now' | 'debounced') => void;
  t: ToolTranslate<AnalysisMessageKey>;
  lang: Lang;
}

/** Sun and shadows: on/off, date and time in Huế local time (UTC+7), and the sun's position then. */
export function SunControls({ sun, setParams, t, lang }: SunControlsProps) {
  const [date, setDate] = useState(sun?.slice(0, 10) ?? todayInHue());
  const [time, setTime] = useState(sun?.slice(11, 16) ?? DEFAULT_SUN_TIME);
  useEffect(() => {
    if (!sun) return;
    setDate(sun.slice(0, 10));
    setTime(sun.slice(11, 16));
  }, [sun]);
  useEffect(() => updateAnalysisState({ sunDate: date }), [date]);
  const on = sun !== undefined;
  const instant = parseHueDateTime(`${date}T${time}`);
  const instantMs = instant?.getTime();
  const position = useMemo(() => (instantMs === undefined ? undefined : solarPosition(new Date(instantMs), HUE_CENTRE.lat, HUE_CENTRE.lon)), [instantMs]);
  const change = (nextDate: string, nextTime: string) => {
    setDate(nextDate);
    setTime(nextTime);
    if (on && parseHueDateTime(`${nextDate}T${nextTime}`)) setParams({ sun: `${nextDate}T${nextTime}` }, 'debounced');
  };
  const deg = (rad: number) => ((rad * 180) / Math.PI).toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <fieldset className="analysis-sun">
      <label className="analysis-sun-toggle">
        <input
          type="checkbox"
          checked={on}
          data-testid="sun-toggle"
          onChange={() => setParams({ sun: on ? undefined : instant ? `${date}T${time}` : undefined })}
        />
        {t('sun.toggle')}
      </label>
      <div className="analysis-sun-when">
        <label>
          {t('sun.date')}
          <input type="date" value={date} onChange={(e) => e.target.value && change(e.target.value, time)} data-testid="sun-date" />
        </label>
        <label>
          {t('sun.time')}
          <input type="time" value={time} step={900} onChange={(e) => e.target.value && change(date, e.target.value.slice(0, 5))} data-testid="sun-time" />
        </label>
        <span className="analysis-muted">{t('sun.zone', { zone: HUE_TIME_ZONE_LABEL })}</span>
      </div>
      {position && (
        <p className="analysis-muted" data-testid="sun-position">
          {position.apparentElevationRad > 0
            ? t('sun.position', { elevation: deg(position.apparentElevationRad), azimuth: deg(position.azimuthRad) })
            : t('sun.below')}
        </p>
      )}
    </fieldset>
  );
}
