import type { WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';

/** Tools of the planning workspace. */
const planningTools: WorkspaceTools = {};
export default planningTools;
