import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import type { LogisticsView } from './logisticsParams.ts';
import { PlacePicker } from './PlacePicker.tsx';
import type { FacilityFeature } from './useFacilities.ts';
import { useIsochrones } from './useIsochrones.ts';
import type { LogisticsTranslate } from './useLogisticsView.ts';

/** Isochrones (15/30/60 min) from a facility (`iso=`). */
export function IsochroneSection({ ctx, t, view, facilities }: { ctx: ToolContext; t: LogisticsTranslate; view: LogisticsView; facilities: readonly FacilityFeature[] }) {
  const iso = useIsochrones(view);
  return (
    <section className="logistics-isochrone" aria-label={t('isochrone')}>
      <h3>{t('isochrone')}</h3>
      <PlacePicker ctx={ctx} t={t} param="iso" label={t('isochroneFrom')} value={view.iso} facilities={facilities} />
      {view.iso && iso === undefined && <p>{t('loading')}</p>}
      {iso && !iso.ok && <p className="warning">{t('routeFailed', { detail: iso.error })}</p>}
      {iso?.ok && (
        <p data-testid="isochrone-result">
          {iso.value.features.map((f) => `${t('minutes', { n: f.properties.minutes })}: ${f.properties.reached_nodes}`).join(' · ')}
        </p>
      )}
    </section>
  );
}
