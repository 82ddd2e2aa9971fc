import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

/** What a MapLibre style layer draws of a catalog layer: polygon fill, polygon outline, line, point, or point label. */
export type StylePart = 'fill' | 'outline' | 'line' | 'circle' | 'label';

/** One MapLibre style layer generated for a catalog layer. */
export interface MaplibrePart {
  part: StylePart;
  spec: LayerSpecification;
}

/** The MapLibre source and style layers that draw one catalog layer in the 2D map. */
export interface MaplibreLayerParts {
  /** Catalog layer id. */
  layerId: string;
  /** Id of the MapLibre source. */
  sourceId: string;
  source: SourceSpecification;
  /** Style layers in drawing order (bottom first) within this catalog layer. */
  parts: MaplibrePart[];
}
