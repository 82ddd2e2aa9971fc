import { useEffect } from 'react';
import { useCesium } from 'resium';
import { ScreenSpaceEventType } from 'cesium';
import type { PickedFeature, RenderLayer } from '../app/RenderLayer.ts';
import type { Camera3D } from '../app/urlState.ts';
import { useI18n } from '../ui/i18n/I18nContext.tsx';
import { applyRenderMode } from './applyRenderMode.ts';
import { useCesiumCamera } from './useCesiumCamera.ts';
import { useCesiumLayers } from './useCesiumLayers.ts';
import { useCesiumPicking } from './useCesiumPicking.ts';
import { useCesiumReadiness } from './useCesiumReadiness.ts';
import { useCesiumTilesets } from './useCesiumTilesets.ts';

/** Props shared by the 3D scene and the view that hosts it. */
export interface CesiumSceneProps {
  layers: RenderLayer[];
  camera: Camera3D;
  lowRender: boolean;
  /** Drape polygons/lines on real terrain (see CesiumAdapterOptions). Fixed for the viewer's life. */
  drape: boolean;
  dataLoaded: boolean;
  readyKey: string;
  onCameraChange: (camera: Camera3D) => void;
  onPick: (feature: PickedFeature | undefined) => void;
  onReady: (key: string) => void;
}

/** Lives inside the Resium `Viewer`; wires layers, camera, picking, render mode and readiness. */
export function CesiumScene(props: CesiumSceneProps) {
  const { viewer } = useCesium();
  const { lang } = useI18n();
  const { lowRender } = props;

  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    viewer.cesiumWidget.screenSpaceEventHandler.removeInputAction(ScreenSpaceEventType.LEFT_DOUBLE_CLICK);
    applyRenderMode(viewer, lowRender);
  }, [viewer, lowRender]);

  const appliedLayers = useCesiumLayers(viewer, props.layers, { drape: props.drape, lang });
  const tilesets = useCesiumTilesets(viewer, props.layers);
  // Readiness waits until both hooks have brought the scene in step at least once.
  const applied = appliedLayers > 0 && tilesets.applied > 0 ? appliedLayers + tilesets.applied : 0;
  useCesiumCamera(viewer, props.camera, props.onCameraChange);
  useCesiumPicking(viewer, props.onPick);
  useCesiumReadiness(viewer, { dataLoaded: props.dataLoaded, applied, readyKey: props.readyKey, onReady: props.onReady, settled: tilesets.settled });
  return null;
}
