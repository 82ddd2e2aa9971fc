/** An AQI number on its category colour (the same look as the map markers). */
import type { StationBadge } from '../stations/stationBadge.ts';

/** Props: the badge to show. */
export function AqiBadge({ badge }: { badge: StationBadge }) {
  return (
    <span className="env-aqi" data-testid="env-aqi" data-level={badge.level ?? ''} style={{ background: badge.fill, color: badge.ink }} title={badge.label}>
      {badge.text}
    </span>
  );
}
