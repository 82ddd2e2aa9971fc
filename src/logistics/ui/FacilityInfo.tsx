import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { facilityStages } from './chainStages.ts';
import type { FacilityFeature } from './useFacilities.ts';
import type { LogisticsTranslate } from './useLogisticsView.ts';

/** Details of the facility named by `facility=` (set by a click on the map): stages, capacity, operator, provenance. */
export function FacilityInfo({ ctx, t, facility }: { ctx: ToolContext; t: LogisticsTranslate; facility: FacilityFeature }) {
  const p = facility.properties;
  const name = String((ctx.lang === 'en' ? p.name_en : undefined) ?? p.name_vi ?? p.id);
  const invented = Array.isArray(p.synthetic_attributes) ? p.synthetic_attributes.map(String) : typeof p.synthetic_attributes === 'string' ? [p.synthetic_attributes] : [];
  return (
    <section className="logistics-facility" data-testid="facility-info" data-facility={String(p.id)}>
      <div className="logistics-row">
        <h3>{name}</h3>
        <button type="button" onClick={() => ctx.setParams({ facility: undefined })} aria-label={t('close')}>×</button>
      </div>
      <dl>
        <dt>{t('kind')}</dt>
        <dd>{String(p.kind ?? '')}</dd>
        <dt>{t('stages')}</dt>
        <dd>{facilityStages(p).map((s) => t(`stage.${s}`)).join(', ')}</dd>
        <dt>{t('capacity')}</dt>
        <dd>{p.capacity === undefined ? '—' : `${Number(p.capacity).toLocaleString(ctx.lang)} ${String(p.capacity_unit ?? '')}`}</dd>
        <dt>{t('operator')}</dt>
        <dd>{String(p.operator ?? '—')}</dd>
        <dt>{t('source')}</dt>
        <dd>{String(p.source ?? '—')}</dd>
      </dl>
      {(p.synthetic === true || invented.length > 0) && <p className="synthetic-badge">{invented.length > 0 ? t('syntheticAttrs', { list: invented.join(', ') }) : t('synthetic')}</p>}
    </section>
  );
}
