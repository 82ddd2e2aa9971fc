import { lazy, Suspense, useMemo } from 'react';
import type { PickedFeature, RenderLayer } from './RenderLayer.ts';
import type { AppConfig } from './useAppConfig.ts';
import type { CameraState, RenderMode } from './urlState.ts';
import type { Engine } from './workspaceEngine.ts';
import { defaultCamera2D, defaultCamera3D } from './defaultCamera.ts';
import { useI18n } from '../ui/i18n/I18nContext.tsx';
import type { ToolContext, WorkspaceTools } from './tools/WorkspaceTools.ts';

const CesiumView = lazy(() => import('../viewer3d/CesiumView.tsx'));
const MapView = lazy(() => import('../map2d/MapView.tsx'));

/** Props of the workspace view. */
export interface WorkspaceViewProps {
  engine: Engine;
  config: AppConfig | undefined;
  camera: CameraState | undefined;
  render: RenderMode;
  layers: RenderLayer[];
  dataLoaded: boolean;
  readyKey: string;
  onCameraChange: (camera: CameraState) => void;
  onPick: (feature: PickedFeature | undefined) => void;
  onReady: (key: string) => void;
  /** The workspace's tools; undefined while they load. */
  tools: WorkspaceTools | undefined;
  toolContext: ToolContext;
}

/** Loads and shows the engine of the workspace (Cesium 3D or MapLibre 2D), each in its own chunk. */
export function WorkspaceView({ engine, config, camera, render, tools, toolContext, ...rest }: WorkspaceViewProps) {
  const { t } = useI18n();
  const camera3d = useMemo(() => (camera?.kind === '3d' ? camera : defaultCamera3D()), [camera]);
  const camera2d = useMemo(() => (camera?.kind === '2d' ? camera : defaultCamera2D()), [camera]);
  const loading = <div className="view-loading">{t('view.loading')}</div>;
  return (
    <div className="workspace-view" data-engine={engine}>
      <Suspense fallback={loading}>
        {engine === '3d' ? (
          config ? <CesiumView key={`${render}|${JSON.stringify(config)}`} config={config} camera={camera3d} lowRender={render === 'low'} {...rest}>
            {tools?.Scene3D && <tools.Scene3D {...toolContext} />}
          </CesiumView> : loading
        ) : (
          <MapView camera={camera2d} {...rest} tool={tools?.Map2D} toolContext={toolContext} />
        )}
      </Suspense>
    </div>
  );
}
