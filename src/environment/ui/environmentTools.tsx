import type { WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';
import { EnvironmentMap } from './EnvironmentMap.tsx';
import { EnvironmentPanel } from './EnvironmentPanel.tsx';
import { EnvironmentScene } from './EnvironmentScene.tsx';

/**
 * Tools of the environment workspace: live air-quality stations with VN_AQI, the interpolated
 * surface, Gaussian plumes from registered sources, the 24-hour replay and alerts
 * (docs/environment-ui.md) — in 3D (Cesium) and on the 2D map (`view=2d`, docs/environment-2d.md).
 */
const environmentTools: WorkspaceTools = {
  Panel: EnvironmentPanel,
  Scene3D: EnvironmentScene,
  Map2D: EnvironmentMap,
};
export default environmentTools;
