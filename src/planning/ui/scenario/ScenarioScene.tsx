import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';

/** Placeholder: ScenarioScene of the planning workspace (being built). */
export function ScenarioScene(_context: ToolContext) {
  return null;
}
