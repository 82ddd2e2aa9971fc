import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Workspace } from '../catalog/LayerDefinition.ts';
import { AppHeader } from '../ui/AppHeader.tsx';
import { I18nProvider } from '../ui/i18n/I18nContext.tsx';
import { InfoPanel } from '../ui/InfoPanel.tsx';
import { LayerCatalogPanel } from '../ui/LayerCatalogPanel.tsx';
import { StatusFooter } from '../ui/StatusFooter.tsx';
import { DICTIONARIES } from '../ui/i18n/I18nContext.tsx';
import { formatMessage } from '../ui/i18n/messages.ts';
import type { PickedFeature } from './RenderLayer.ts';
import { useAppConfig } from './useAppConfig.ts';
import { useCatalog } from './useCatalog.ts';
import { useHashState } from './useHashState.ts';
import { useLayerState } from './useLayerState.ts';
import { useReadiness } from './useReadiness.ts';
import { engineOf, serializeHash, type CameraState } from './urlState.ts';
import { supportedEngines, workspaceEngine, type Engine } from './workspaceEngine.ts';
import { cameraForEngine } from './convertCamera.ts';
import { EngineSwitch } from './EngineSwitch.tsx';
import { useDocumentLang } from './useDocumentLang.ts';
import { WorkspaceView } from './WorkspaceView.tsx';
import { useToolContext } from './tools/useToolContext.ts';
import { useWorkspaceTools } from './tools/useWorkspaceTools.ts';

/** The application shell: header, workspace view, layer catalog, info panel and footer. */
export function App() {
  const [view, update] = useHashState();
  const catalog = useCatalog();
  const config = useAppConfig();
  const [picked, setPicked] = useState<PickedFeature>();
  // A feature picked in one workspace means nothing in the next: close its info panel.
  useEffect(() => setPicked(undefined), [view.workspace]);
  const engine = engineOf(view);
  const readyKey = `${view.workspace}|${view.render}|${engine}`;
  const { ready, markReady, holdReady } = useReadiness(readyKey);
  useDocumentLang(view.lang);

  const setUrlLayers = useCallback((ids: string[]) => update((s) => ({ ...s, layers: ids })), [update]);
  const layerState = useLayerState(catalog, view, setUrlLayers);
  const onCameraChange = useCallback((camera: CameraState) => update((s) => ({ ...s, camera }), 'debounced'), [update]);

  const hrefFor = useCallback((ws: Workspace) => serializeHash({
    ...view, workspace: ws, layers: ws === view.workspace ? view.layers : undefined,
    view: ws === view.workspace ? view.view : undefined,
    camera: workspaceEngine(ws) === engine ? view.camera : undefined,
  }), [view, engine]);
  // Switching engine keeps the place: the camera is converted (centre, zoom ↔ distance, tilt).
  const onEngineChange = useCallback((next: Engine) => update((s) => ({
    ...s, view: next, camera: cameraForEngine(s.camera, next, window.innerWidth),
  })), [update]);

  const dict = DICTIONARIES[view.lang];
  const linkWarnings = useMemo(
    () => layerState.unknownIds.map((id) => formatMessage(dict['catalog.unknownLinkLayer'], { id })),
    [layerState.unknownIds, dict],
  );
  const pickedLayer = picked ? layerState.layers.find((l) => l.id === picked.layerId) : undefined;
  const tools = useWorkspaceTools(view.workspace);
  const toolContext = useToolContext({ view, update, layerState, catalogReady: catalog.status === 'ready', picked, holdReady });
  const ToolPanel = tools?.Panel;
  // data-ready waits for the workspace's tools (they may hold it further once mounted).
  const toolsLoaded = tools !== undefined;
  useEffect(() => (toolsLoaded ? undefined : holdReady('workspace tools loading')), [toolsLoaded, holdReady]);

  return (
    <I18nProvider lang={view.lang}>
      <div className="app" data-workspace={view.workspace}>
        <AppHeader
          workspace={view.workspace}
          hrefFor={hrefFor}
          lowRender={view.render === 'low'}
          onLangChange={(lang) => update((s) => ({ ...s, lang }))}
          onLowRenderChange={(low) => update((s) => ({ ...s, render: low ? 'low' : 'normal' }))}
          viewControls={<EngineSwitch engines={supportedEngines(view.workspace)} current={engine} lang={view.lang} onChange={onEngineChange} />}
        />
        <main className="app-main">
          <WorkspaceView
            engine={engine}
            config={config}
            camera={view.camera}
            render={view.render}
            layers={layerState.renderLayers}
            dataLoaded={layerState.dataLoaded}
            readyKey={readyKey}
            onCameraChange={onCameraChange}
            onPick={setPicked}
            onReady={markReady}
            tools={tools}
            toolContext={toolContext}
          />
          <LayerCatalogPanel
            catalog={catalog}
            workspace={view.workspace}
            visible={layerState.visible}
            opacity={layerState.opacityOf}
            data={layerState.data}
            warnings={linkWarnings}
            onToggle={layerState.toggle}
            onOpacity={layerState.setOpacity}
          />
          <div className="right-column">
            {picked && <InfoPanel feature={picked} layer={pickedLayer} onClose={() => setPicked(undefined)} />}
            {ToolPanel && <ToolPanel {...toolContext} />}
          </div>
        </main>
        <StatusFooter visibleLayers={layerState.layers.filter((l) => layerState.visible.has(l.id))} engine={engine} ready={ready} />
      </div>
    </I18nProvider>
  );
}
