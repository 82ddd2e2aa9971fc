/**
 * The 2D map's legend, over the map: the surface's VN_AQI colour ramp (with the ranges of the
 * shown quantity), the plume colours, and where the data come from — the stations (synthetic, from
 * the simulator, when they say so) and the emission sources' source and licence from the catalog.
 */
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import { legendOf } from '../../surface/SurfaceQuantity.ts';
import { POLLUTANT_LABELS } from '../environmentMessages.ts';
import { environmentParams, plumePollutant } from '../environmentParams.ts';
import { plumeColour } from '../scene/plumeRuns.ts';
import type { Station } from '../stations/Station.ts';
import { useEnvironmentText } from '../useEnvironmentText.ts';

/** Props: the tool context and the stations shown. */
export interface EnvironmentMapLegendProps {
  ctx: ToolContext;
  stations: readonly Station[];
}

/** The legend box (bottom left of the map, beside the layer catalog). */
export function EnvironmentMapLegend({ ctx, stations }: EnvironmentMapLegendProps) {
  const t = useEnvironmentText(ctx.lang);
  const params = environmentParams(ctx.params);
  const synthetic = stations.filter((s) => s.synthetic).length;
  const sourcesLayer = ctx.catalog?.find((l) => l.id === 'emission-sources');
  const unit = params.surface === 'aqi' ? '' : ' µg/m³';
  return (
    <aside className="env-map-legend" aria-label={t('map.legend')} data-testid="env-map-legend">
      {params.surface && (
        <>
          <strong>{t('map.surface', { quantity: params.surface === 'aqi' ? t('surface.aqi') : POLLUTANT_LABELS[params.surface]! })}</strong>
          <div className="env-map-ramp">
            {legendOf(params.surface).map((e) => (
              <span key={e.category.level} title={ctx.lang === 'en' ? e.category.nameEn : e.category.nameVi}>
                <span className="env-map-ramp-swatch" style={{ background: e.category.color }} />
                <span className="muted">{e.to === undefined ? `≥${e.from}` : e.from}</span>
              </span>
            ))}
            {unit && <span className="muted">{unit}</span>}
          </div>
        </>
      )}
      {params.plume && (
        <div className="env-map-ramp">
          <span>{t('map.plume', { pollutant: POLLUTANT_LABELS[plumePollutant(params)]! })}</span>
          {[1, 10, 100].map((c) => {
            const rgba = plumeColour(c)!;
            return <span key={c}><span className="env-map-ramp-swatch" style={{ background: `rgba(${rgba[0]},${rgba[1]},${rgba[2]},${rgba[3] / 255})` }} /> <span className="muted">{c}</span></span>;
          })}
          <span className="muted">µg/m³</span>
        </div>
      )}
      <p className="env-note">
        {synthetic > 0 && <span className="badge synthetic">{t('source.synthetic')}</span>}{' '}
        {synthetic > 0 ? t('map.stationsSimulated', { count: synthetic }) : t('map.stationsObserved', { count: stations.length })}
      </p>
      {params.plume && sourcesLayer?.source && (
        <p className="env-note">
          {sourcesLayer.source.synthetic && <span className="badge synthetic">{t('source.synthetic')}</span>}{' '}
          {t('source.label', { name: sourcesLayer.source.name, licence: sourcesLayer.licence ?? '—' })}
        </p>
      )}
    </aside>
  );
}
