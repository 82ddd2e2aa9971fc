import type { WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';
import { HeritagePanel } from './HeritagePanel.tsx';
import { TourScene } from './TourScene.tsx';

/** Tools of the heritage workspace: virtual tours (viewer, editor, VR/AR) in the panel, their camera and layers in the 3D view. */
const heritageTools: WorkspaceTools = {
  Panel: HeritagePanel,
  Scene3D: TourScene,
};
export default heritageTools;
