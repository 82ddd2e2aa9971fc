import type { WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';

/** Tools of the logistics workspace. */
const logisticsTools: WorkspaceTools = {};
export default logisticsTools;
