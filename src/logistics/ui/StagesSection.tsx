import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { CHAIN_STAGES, stagesParam, type ChainStage } from './chainStages.ts';
import type { FacilitiesState } from './useFacilities.ts';
import type { LogisticsTranslate } from './useLogisticsView.ts';

/** Props of {@link StagesSection}. */
export interface StagesSectionProps {
  ctx: ToolContext;
  t: LogisticsTranslate;
  stages: ReadonlySet<ChainStage>;
  facilities: FacilitiesState;
}

/** Chain-stage checkboxes (URL `stages=`) and the count of facilities shown. */
export function StagesSection({ ctx, t, stages, facilities }: StagesSectionProps) {
  const set = (next: Set<ChainStage>) => ctx.setParams({ stages: stagesParam(next) });
  const toggle = (stage: ChainStage, on: boolean) => {
    const next = new Set(stages);
    if (on) next.add(stage);
    else next.delete(stage);
    set(next);
  };
  const { loaded } = facilities;
  return (
    <section className="logistics-stages" aria-label={t('stages')}>
      <h3>{t('stages')}</h3>
      <div className="logistics-row">
        <button type="button" onClick={() => set(new Set(CHAIN_STAGES))}>{t('allStages')}</button>
        <button type="button" onClick={() => set(new Set())}>{t('noStages')}</button>
      </div>
      <ul className="logistics-stage-list">
        {CHAIN_STAGES.map((stage) => (
          <li key={stage}>
            <label>
              <input type="checkbox" data-stage={stage} checked={stages.has(stage)} onChange={(e) => toggle(stage, e.currentTarget.checked)} />
              {t(`stage.${stage}`)}
            </label>
          </li>
        ))}
      </ul>
      {loaded === undefined && <p>{t('loading')}</p>}
      {loaded && !loaded.ok && <p className="warning">{t('loadFailed', { detail: loaded.error })}</p>}
      {loaded?.ok && (
        <p data-testid="facility-count" data-shown={facilities.shown.length} data-total={facilities.all.length}>
          {t('facilityCount', { shown: facilities.shown.length, total: facilities.all.length })}
        </p>
      )}
    </section>
  );
}
