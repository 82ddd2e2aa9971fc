import { useMemo, type ReactNode } from 'react';
import { Viewer } from 'resium';
import { Ion } from 'cesium';
import type { AppConfig } from '../app/useAppConfig.ts';
import { createBaseLayer } from './createBaseLayer.ts';
import { createTerrain } from './createTerrain.ts';
import { CesiumScene, type CesiumSceneProps } from './CesiumScene.tsx';
import './cesiumView.css';

/** Props of the 3D view. `config` holds the optional imagery/terrain/ion settings. */
export interface CesiumViewProps extends Omit<CesiumSceneProps, 'drape'> {
  config: AppConfig;
  /** Workspace tools rendered inside the viewer (they reach it through `useCesium()`). */
  children?: ReactNode;
}

/**
 * The Cesium 3D globe (Resium `Viewer`), offline by default: bundled NaturalEarthII imagery,
 * ellipsoid terrain, no ion, no geocoder or base-layer picker. Remount it (React `key`) to change
 * `config` or the render mode, which Cesium only reads at creation.
 */
export default function CesiumView({ config, children, ...scene }: CesiumViewProps) {
  const low = scene.lowRender;
  const created = useMemo(() => {
    Ion.defaultAccessToken = config.ionToken ?? '';
    return { baseLayer: createBaseLayer(config), terrain: createTerrain(config) };
  }, [config]);

  return (
    <Viewer
      className="cesium-view"
      baseLayer={created.baseLayer}
      terrain={created.terrain}
      animation={false}
      timeline={false}
      baseLayerPicker={false}
      geocoder={false}
      homeButton={false}
      sceneModePicker={false}
      navigationHelpButton={false}
      fullscreenButton={false}
      infoBox={false}
      selectionIndicator={false}
      scene3DOnly
      msaaSamples={low ? 1 : 4}
      requestRenderMode={low}
      maximumRenderTimeChange={Number.POSITIVE_INFINITY}
      skyBox={low ? false : undefined}
      skyAtmosphere={low ? false : undefined}
    >
      <CesiumScene {...scene} drape={Boolean(config.terrainUrl || config.ionToken)} />
      {children}
    </Viewer>
  );
}
