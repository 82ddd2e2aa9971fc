/** The printable HTML report of a scenario: plan, metrics table (baseline vs scenario), each violation. */
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlanningMetrics } from '../../planning/computeMetrics.ts';
import type { Violation } from '../../planning/Violation.ts';
import type { ScenarioEvaluation } from './evaluateScenario.ts';
import { renderPlanSvg } from './renderPlanSvg.ts';
import type { StoredScenario } from './scenarioStore.ts';

/** Escapes text for HTML. */
export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const n = (v: number, d = 0) => v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const fmt = (v: number | string | null) => (typeof v === 'number' ? n(v, 2) : v === null ? '–' : escapeHtml(v));

function violationRows(buildingId: string, label: string, violations: Violation[]): string {
  return violations.map((v) => `<tr class="${v.severity}"><td>${escapeHtml(buildingId)}</td><td>${label}</td><td>${escapeHtml(v.ruleId)}</td><td>${escapeHtml(v.zoneId ?? '')}</td><td>${fmt(v.measured)}</td><td>${fmt(v.allowed)}</td><td>${fmt(v.excess)}</td><td>${v.severity}</td></tr>`).join('');
}

/** Renders the report as a self-contained HTML page (no external assets). */
export function renderReport(
  scenario: StoredScenario,
  evaluation: ScenarioEvaluation,
  metrics: { baseline: PlanningMetrics; scenario: PlanningMetrics },
  zones: Array<{ id: string; kind: string; geometry: Polygon | MultiPolygon }>,
  generatedAt: Date = new Date(),
): string {
  const b = metrics.baseline, s = metrics.scenario;
  const row = (label: string, x: number, y: number, d = 0) => `<tr><th>${label}</th><td>${n(x, d)}</td><td>${n(y, d)}</td><td>${y - x >= 0 ? '+' : ''}${n(y - x, d)}</td></tr>`;
  const zoneRows = s.zones.map((z) => {
    const bz = b.zones.find((q) => q.zoneId === z.zoneId);
    return `<tr><td>${escapeHtml(z.zoneId)}</td><td>${escapeHtml(z.code ?? '')}</td><td>${n(bz?.grossFloorAreaM2 ?? 0)}</td><td>${n(z.grossFloorAreaM2)}</td><td>${n(bz?.far ?? 0, 3)}</td><td>${n(z.far, 3)}</td><td>${n(bz?.coverage ?? 0, 3)}</td><td>${n(z.coverage, 3)}</td></tr>`;
  }).join('');
  const violations = [
    ...evaluation.proposals.map((p) => violationRows(p.buildingId, p.proposal === 'new' ? 'new building' : 'height change', p.violations)),
    ...evaluation.affected.map((a) => violationRows(a.buildingId, 'baseline, affected', a.violations)),
  ].join('');
  const proposalCount = evaluation.proposals.filter((p) => p.violations.length > 0).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Scenario report – ${escapeHtml(scenario.title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:60rem}
table{border-collapse:collapse;margin:0.5rem 0 1.5rem;font-size:0.9rem}
th,td{border:1px solid #bbb;padding:0.25rem 0.5rem;text-align:right}
th:first-child,td:first-child,td:nth-child(2),td:nth-child(3){text-align:left}
tr.critical td{background:#ffcdd2}tr.major td{background:#ffe0b2}tr.minor td{background:#fff9c4}
.meta{color:#555}@media print{body{margin:0}h2{break-after:avoid}table,svg{break-inside:avoid}}
</style></head><body data-ready="true">
<h1>${escapeHtml(scenario.title)}</h1>
<p class="meta">Scenario <code>${escapeHtml(scenario.id)}</code>, version ${scenario.version}, saved by ${escapeHtml(scenario.updatedBy)} at ${escapeHtml(scenario.updatedAt)}; report generated ${escapeHtml(generatedAt.toISOString())}. Synthetic sample data — not an official assessment.</p>
${scenario.document.description ? `<p>${escapeHtml(scenario.document.description)}</p>` : ''}
<h2>Plan</h2>
<p class="meta">Proposals in green (complies) or red (breaks a rule), other buildings grey (pink: breaks a rule), zoning outlines brown, heritage zones red dashed, lines of sight purple dashed.</p>
${renderPlanSvg(evaluation, zones)}
<h2>Metrics</h2>
<table><thead><tr><th></th><th>Baseline</th><th>Scenario</th><th>Change</th></tr></thead><tbody>
${row('Buildings', b.buildings, s.buildings)}
${row('Gross floor area (m²)', b.grossFloorAreaM2, s.grossFloorAreaM2)}
${row('Residential floor area (m²)', b.residentialFloorAreaM2, s.residentialFloorAreaM2)}
${row('Estimated residents', b.estimatedResidents, s.estimatedResidents)}
${row('Violations', b.violations.total, s.violations.total)}
${row('– critical', b.violations.bySeverity.critical, s.violations.bySeverity.critical)}
${row('– major', b.violations.bySeverity.major, s.violations.bySeverity.major)}
${row('– minor', b.violations.bySeverity.minor, s.violations.bySeverity.minor)}
</tbody></table>
<table><thead><tr><th>Zone</th><th>Code</th><th>GFA base (m²)</th><th>GFA scen. (m²)</th><th>FAR base</th><th>FAR scen.</th><th>Coverage base</th><th>Coverage scen.</th></tr></thead><tbody>${zoneRows}</tbody></table>
<h2>Violations</h2>
<p>${proposalCount} of ${evaluation.proposals.length} proposal(s) break a rule; ${evaluation.affected.length} baseline building(s) change compliance.</p>
${violations ? `<table><thead><tr><th>Building</th><th>What</th><th>Rule</th><th>Zone</th><th>Measured</th><th>Allowed</th><th>Excess</th><th>Severity</th></tr></thead><tbody>${violations}</tbody></table>` : '<p>None.</p>'}
</body></html>
`;
}
