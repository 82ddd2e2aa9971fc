import type { Workspace } from '../catalog/LayerDefinition.ts';

/** The rendering engine of a workspace: Cesium 3D globe or MapLibre + deck.gl 2D map. */
export type Engine = '3d' | '2d';

/**
 * The engines each workspace can be shown in, its default first. The one list that says which
 * workspace supports which engine: a workspace with two entries gets the 2D/3D switch (`view=`).
 */
export const WORKSPACE_ENGINES: Readonly<Record<Workspace, readonly Engine[]>> = {
  planning: ['3d'],
  environment: ['3d', '2d'],
  logistics: ['2d'],
  heritage: ['3d'],
};

/** The engines `workspace` supports, its default first. */
export function supportedEngines(workspace: Workspace): readonly Engine[] {
  return WORKSPACE_ENGINES[workspace];
}

/**
 * The engine a workspace is shown in: `requested` (the URL's `view=`) when the workspace supports
 * it, else its default (Logistics 2D, the others 3D).
 */
export function workspaceEngine(workspace: Workspace, requested?: Engine): Engine {
  const engines = WORKSPACE_ENGINES[workspace];
  return requested !== undefined && engines.includes(requested) ? requested : engines[0]!;
}
