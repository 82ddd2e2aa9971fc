import type { FeatureCollection } from 'geojson';
import type { CatalogLayer } from '../catalog/LayerDefinition.ts';

/** What a renderer needs to draw one layer: its definition, the user's settings and its data. */
export interface RenderLayer {
  layer: CatalogLayer;
  /** Whether the user has it switched on. */
  visible: boolean;
  /** Opacity 0–1 (default: the layer's `opacity`, else 1). */
  opacity: number;
  /** Features, once loaded (EPSG:4326). */
  data?: FeatureCollection;
}

/** A feature the user clicked in either view. */
export interface PickedFeature {
  layerId: string;
  featureId?: string | number;
  properties: Record<string, unknown>;
}
