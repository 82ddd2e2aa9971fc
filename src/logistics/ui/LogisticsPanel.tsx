import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { DisruptionSection } from './DisruptionSection.tsx';
import { FacilityInfo } from './FacilityInfo.tsx';
import { FleetSection } from './FleetSection.tsx';
import { FlowsSection } from './FlowsSection.tsx';
import { IsochroneSection } from './IsochroneSection.tsx';
import { RouteSection } from './RouteSection.tsx';
import { StagesSection } from './StagesSection.tsx';
import { useFacilities } from './useFacilities.ts';
import { useLogisticsView } from './useLogisticsView.ts';
import './logisticsPanel.css';

/** The logistics panel: chain-stage filter and count, facility details, flows, fleet, route, isochrones, disruption. */
export function LogisticsPanel(ctx: ToolContext) {
  const { view, t } = useLogisticsView(ctx);
  const facilities = useFacilities(view.stages);
  const selected = view.facility ? facilities.all.find((f) => String(f.properties.id) === view.facility) : undefined;
  return (
    <div className="panel tool-panel logistics-panel" data-testid="logistics-panel">
      <div className="panel-head"><h2>{t('title')}</h2></div>
      <div className="panel-body">
        <StagesSection ctx={ctx} t={t} stages={view.stages} facilities={facilities} />
        {selected && <FacilityInfo ctx={ctx} t={t} facility={selected} />}
        <RouteSection ctx={ctx} t={t} view={view} facilities={facilities.all} />
        <IsochroneSection ctx={ctx} t={t} view={view} facilities={facilities.all} />
        <DisruptionSection ctx={ctx} t={t} view={view} />
        <FlowsSection ctx={ctx} t={t} view={view} />
        <FleetSection ctx={ctx} t={t} view={view} />
      </div>
    </div>
  );
}
