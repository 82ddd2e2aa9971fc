import { CesiumTerrainProvider, EllipsoidTerrainProvider, Terrain } from 'cesium';
import type { AppConfig } from '../app/useAppConfig.ts';

/**
 * The globe's terrain: the configured quantized-mesh root when set, else Cesium World Terrain when an
 * ion token is set, else the plain WGS84 ellipsoid (offline default).
 */
export function createTerrain(config: AppConfig): Terrain {
  if (config.terrainUrl) return new Terrain(CesiumTerrainProvider.fromUrl(config.terrainUrl));
  if (config.ionToken) return Terrain.fromWorldTerrain();
  return new Terrain(Promise.resolve(new EllipsoidTerrainProvider()));
}
