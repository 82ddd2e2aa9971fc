import type { Workspace } from '../catalog/LayerDefinition.ts';

/** The rendering engine of a workspace: Cesium 3D globe or MapLibre + deck.gl 2D map. */
export type Engine = '3d' | '2d';

/** Which engine a workspace opens: Logistics is 2D, the others are 3D. */
export function workspaceEngine(workspace: Workspace): Engine {
  return workspace === 'logistics' ? '2d' : '3d';
}
