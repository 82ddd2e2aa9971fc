/**
 * Which module holds each workspace's tools. Each loads in its own chunk, only when its workspace
 * is opened. Add a workspace's tools by pointing its entry at a module whose default export is a
 * {@link WorkspaceTools}.
 */
import type { Workspace } from '../../catalog/LayerDefinition.ts';
import type { WorkspaceTools } from './WorkspaceTools.ts';

/** Loader of a workspace's tools. */
export type ToolsLoader = () => Promise<{ default: WorkspaceTools }>;

/** Tools by workspace. */
export const TOOL_REGISTRY: Record<Workspace, ToolsLoader> = {
  planning: () => import('../../planning/ui/planningTools.tsx'),
  environment: () => import('../../environment/ui/environmentTools.tsx'),
  logistics: () => import('../../logistics/ui/logisticsTools.tsx'),
  heritage: () => import('../../heritage/ui/heritageTools.tsx'),
};
