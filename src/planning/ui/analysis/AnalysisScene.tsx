import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';

/** Placeholder: AnalysisScene of the planning workspace (being built). */
export function AnalysisScene(_context: ToolContext) {
  return null;
}
