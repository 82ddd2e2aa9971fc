import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import type { FacilityFeature } from './useFacilities.ts';
import type { LogisticsTranslate } from './useLogisticsView.ts';

/** Props of {@link PlacePicker}. */
export interface PlacePickerProps {
  ctx: ToolContext;
  t: LogisticsTranslate;
  /** URL parameter it sets (`from`, `to`, `iso`). */
  param: 'from' | 'to' | 'iso';
  label: string;
  value: string | undefined;
  facilities: readonly FacilityFeature[];
  /** Offer "pick on map" (sets `pick=<param>`). */
  mapPick?: boolean;
}

/** A facility list plus "pick on map": the value is `facility:<id>` or `lon,lat`. */
export function PlacePicker({ ctx, t, param, label, value, facilities, mapPick }: PlacePickerProps) {
  const isPoint = value !== undefined && !value.startsWith('facility:');
  const picking = ctx.params.pick === param;
  const nameOf = (f: FacilityFeature) => String((ctx.lang === 'en' ? f.properties.name_en : undefined) ?? f.properties.name_vi ?? f.properties.id);
  return (
    <label className="logistics-place">
      <span>{label}</span>
      <select data-testid={`place-${param}`} value={isPoint ? 'point' : (value ?? '')} onChange={(e) => ctx.setParams({ [param]: e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'point' ? value : e.currentTarget.value })}>
        <option value="">{t('chooseFacility')}</option>
        {isPoint && <option value="point">{t('point', { lon: value.split(',')[0], lat: value.split(',')[1] })}</option>}
        {[...facilities].sort((a, b) => nameOf(a).localeCompare(nameOf(b), ctx.lang)).map((f) => (
          <option key={String(f.properties.id)} value={`facility:${String(f.properties.id)}`}>{nameOf(f)}</option>
        ))}
      </select>
      {mapPick && (
        <button type="button" aria-pressed={picking} onClick={() => ctx.setParams({ pick: picking ? undefined : param })}>
          {picking ? t('picking') : t('pickOnMap')}
        </button>
      )}
    </label>
  );
}
