import type { ToolContext, WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';
import { AnalysisPanel } from './analysis/AnalysisPanel.tsx';
import { AnalysisScene } from './analysis/AnalysisScene.tsx';
import { ScenarioPanel } from './scenario/ScenarioPanel.tsx';
import { ScenarioScene } from './scenario/ScenarioScene.tsx';

/** Tools of the planning workspace: scenarios and compliance, and the 3D analysis tools. */
const planningTools: WorkspaceTools = {
  Panel: (context: ToolContext) => (
    <>
      <ScenarioPanel {...context} />
      <AnalysisPanel {...context} />
    </>
  ),
  Scene3D: (context: ToolContext) => (
    <>
      <ScenarioScene {...context} />
      <AnalysisScene {...context} />
    </>
  ),
};
export default planningTools;
