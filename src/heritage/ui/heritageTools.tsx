import type { WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';

/** Tools of the heritage workspace. */
const heritageTools: WorkspaceTools = {};
export default heritageTools;
