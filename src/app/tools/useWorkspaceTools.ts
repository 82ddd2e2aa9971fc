import { useEffect, useState } from 'react';
import type { Workspace } from '../../catalog/LayerDefinition.ts';
import { TOOL_REGISTRY } from './toolRegistry.ts';
import type { WorkspaceTools } from './WorkspaceTools.ts';

/**
 * Loads the tools of `workspace` (its own chunk). Returns undefined while loading and `{}` if the
 * module failed to load (the failure is logged; the workspace still works without its tools).
 */
export function useWorkspaceTools(workspace: Workspace): WorkspaceTools | undefined {
  const [loaded, setLoaded] = useState<{ workspace: Workspace; tools: WorkspaceTools }>();
  useEffect(() => {
    let cancelled = false;
    TOOL_REGISTRY[workspace]()
      .then((m) => !cancelled && setLoaded({ workspace, tools: m.default }))
      .catch((error: unknown) => {
        console.error(`tools of workspace ${workspace} failed to load`, error);
        if (!cancelled) setLoaded({ workspace, tools: {} });
      });
    return () => {
      cancelled = true;
    };
  }, [workspace]);
  return loaded?.workspace === workspace ? loaded.tools : undefined;
}
