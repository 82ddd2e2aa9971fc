/** A 24-hour sparkline of hourly AQI: a line with a dot per hour in its category colour; gaps where no AQI. */
import { aqiCategory } from '../../aqi.ts';

/** Props: hourly values, oldest first (null = no AQI that hour). */
export function Sparkline({ values, label }: { values: readonly (number | null)[]; label: string }) {
  const width = 300;
  const height = 56;
  const present = values.filter((v): v is number => v !== null);
  const max = Math.max(100, ...present);
  const x = (i: number) => (values.length <= 1 ? width / 2 : (i / (values.length - 1)) * (width - 8) + 4);
  const y = (v: number) => height - 4 - (v / max) * (height - 8);
  const segments: string[] = [];
  let current = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? ' L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg className="env-sparkline" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid="env-sparkline">
      {segments.map((d) => <path key={d} d={d} fill="none" stroke="rgba(255,255,255,0.55)" strokeWidth={1.5} />)}
      {values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2.6} fill={aqiCategory(v).color}><title>{v}</title></circle>))}
    </svg>
  );
}
