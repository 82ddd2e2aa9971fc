import type { WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';
import { LogisticsMap } from './LogisticsMap.tsx';
import { LogisticsPanel } from './LogisticsPanel.tsx';

/** Tools of the logistics workspace: the chain-stage panel with routing, isochrones, disruption, flows and fleet; their map layers. */
const logisticsTools: WorkspaceTools = {
  Panel: LogisticsPanel,
  Map2D: LogisticsMap,
};
export default logisticsTools;
