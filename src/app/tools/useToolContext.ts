import { useCallback, useMemo } from 'react';
import type { PickedFeature } from '../RenderLayer.ts';
import type { LayerState } from '../useLayerState.ts';
import type { HashWrite } from '../useHashState.ts';
import type { ViewState } from '../urlState.ts';
import type { ToolContext } from './WorkspaceTools.ts';

/** Inputs of {@link useToolContext}: the shell's own state. */
export interface ToolContextInput {
  view: ViewState;
  update: (fn: (state: ViewState) => ViewState, write?: HashWrite) => void;
  layerState: LayerState;
  catalogReady: boolean;
  picked: PickedFeature | undefined;
  holdReady: (reason: string) => () => void;
}

/** Builds the {@link ToolContext} handed to workspace tools (stable while its inputs are). */
export function useToolContext({ view, update, layerState, catalogReady, picked, holdReady }: ToolContextInput): ToolContext {
  const setParams = useCallback((patch: Record<string, string | undefined>, mode: HashWrite = 'now') => update((s) => {
    const extra = { ...s.extra };
    let changed = false;
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined ? key in extra : extra[key] !== value) changed = true;
      if (value === undefined) delete extra[key];
      else extra[key] = value;
    }
    return changed ? { ...s, extra } : s;
  }, mode), [update]);
  const { toggle, visible, layers } = layerState;
  const setLayerVisible = useCallback((id: string, on: boolean) => {
    if (visible.has(id) !== on) toggle(id, on);
  }, [toggle, visible]);
  return useMemo<ToolContext>(() => ({
    workspace: view.workspace,
    lang: view.lang,
    params: view.extra,
    setParams,
    catalog: catalogReady ? layers : undefined,
    visibleLayerIds: visible,
    setLayerVisible,
    picked,
    holdReady,
  }), [view.workspace, view.lang, view.extra, setParams, catalogReady, layers, visible, setLayerVisible, picked, holdReady]);
}
