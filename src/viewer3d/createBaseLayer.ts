import {
  buildModuleUrl, ImageryLayer, TileMapServiceImageryProvider, UrlTemplateImageryProvider,
} from 'cesium';
import type { AppConfig } from '../app/useAppConfig.ts';

/**
 * The globe's base imagery: the configured XYZ template when set, else Cesium ion world imagery
 * when an ion token is set, else the NaturalEarthII tiles bundled with Cesium (offline default).
 */
export function createBaseLayer(config: AppConfig): ImageryLayer {
  if (config.imageryUrl) {
    return new ImageryLayer(new UrlTemplateImageryProvider({ url: config.imageryUrl, maximumLevel: 19 }));
  }
  if (config.ionToken) return ImageryLayer.fromWorldImagery({});
  return ImageryLayer.fromProviderAsync(
    TileMapServiceImageryProvider.fromUrl(buildModuleUrl('Assets/Textures/NaturalEarthII')),
  );
}
