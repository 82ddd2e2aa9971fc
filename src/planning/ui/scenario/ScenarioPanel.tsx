import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';

/** Placeholder: ScenarioPanel of the planning workspace (being built). */
export function ScenarioPanel(_context: ToolContext) {
  return null;
}
