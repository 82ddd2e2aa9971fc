import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';

/** Placeholder: AnalysisPanel of the planning workspace (being built). */
export function AnalysisPanel(_context: ToolContext) {
  return null;
}
