/** The list of violations; clicking one flies to the building and highlights it. */
import { cssColour, COMPLIANCE_COLOURS } from '../buildingColours.ts';
import { focusBuilding } from '../scenarioSession.ts';
import { formatLimit, type ViolationEntry } from '../violationEntries.ts';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import type { ScenarioMessageKey } from './scenarioMessages.ts';

/** Rows shown at most (the baseline alone has ~1,500); the rest is counted. */
export const MAX_VIOLATION_ROWS = 200;

/** Props of {@link ViolationList}. */
export interface ViolationListProps {
  entries: readonly ViolationEntry[];
  t: ToolTranslate<ScenarioMessageKey>;
}

/** One button per violation: building, rule, measured vs allowed, zone, severity. */
export function ViolationList({ entries, t }: ViolationListProps) {
  if (entries.length === 0) return <p className="muted" data-testid="violations-none">{t('violations.none')}</p>;
  const shown = entries.slice(0, MAX_VIOLATION_ROWS);
  return (
    <>
      <ul className="violation-list" data-testid="violation-list">
        {shown.map((v) => (
          <li key={`${v.buildingId}/${v.ruleId}`}>
            <button
              type="button"
              data-building-id={v.buildingId}
              data-rule-id={v.ruleId}
              data-severity={v.severity}
              style={{ ['--sev' as string]: cssColour(COMPLIANCE_COLOURS[v.severity]) }}
              title={t('flyTo', { id: v.buildingId })}
              onClick={() => focusBuilding(v.buildingId, v.lineOfSight)}
            >
              <span className="v-head"><span>{v.buildingId} <span className="muted">({t(`subject.${v.subject}`)})</span></span><span>{t(`severity.${v.severity}`)}</span></span>
              <span>{v.ruleId}</span>
              <span className="v-values">{t('col.measured')} {formatLimit(v.kind, v.measured)} · {t('col.allowed')} {formatLimit(v.kind, v.allowed)}{v.zoneId ? ` · ${t('col.zone')} ${v.zoneId}` : ''}</span>
            </button>
          </li>
        ))}
      </ul>
      {entries.length > shown.length && <p className="muted">{t('violations.more', { count: entries.length - shown.length })}</p>}
    </>
  );
}
