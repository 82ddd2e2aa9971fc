import type { WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';
import { EnvironmentPanel } from './EnvironmentPanel.tsx';
import { EnvironmentScene } from './EnvironmentScene.tsx';

/**
 * Tools of the environment workspace: live air-quality stations with VN_AQI, the interpolated
 * surface, Gaussian plumes from registered sources, the 24-hour replay and alerts
 * (docs/environment-ui.md).
 */
const environmentTools: WorkspaceTools = {
  Panel: EnvironmentPanel,
  Scene3D: EnvironmentScene,
};
export default environmentTools;
