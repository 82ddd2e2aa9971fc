import type { WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';

/** Tools of the environment workspace. */
const environmentTools: WorkspaceTools = {};
export default environmentTools;
