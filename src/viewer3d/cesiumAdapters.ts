/**
 * Adapter table: layer type → function that turns a layer definition + its GeoJSON into Cesium
 * entities in a CustomDataSource. Polygons are draped on the ground (fill + clamped outline) or
 * extruded when `style.heightProperty` is set; lines are clamped polylines (or arcs from first to
 * last point when `style.arcHeightRatio` is set: flows); points are point
 * graphics with a label from `labelProperty`. Renderers only: no domain logic here.
 */
import {
  Cartesian2, Cartesian3, Color, ColorMaterialProperty, ConstantProperty, CustomDataSource,
  DistanceDisplayCondition, Entity, HeightReference, LabelStyle, PolygonHierarchy, VerticalOrigin,
} from 'cesium';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { CatalogLayer } from '../catalog/LayerDefinition.ts';
import type { PickedFeature } from '../app/RenderLayer.ts';
import { arcPath } from '../geo/arcPath.ts';
import { featureFillColor, featureHeightM, featureLineColor, lineWidthPx, pointRadiusPx } from '../geo/featureStyle.ts';
import { withOpacity, type Rgba } from '../geo/hexColor.ts';
import { localizedLabel } from '../ui/i18n/localize.ts';
import type { Lang } from '../ui/i18n/messages.ts';

/** A layer drawn in Cesium: its data source and a way to change its opacity without rebuilding. */
export interface CesiumLayerHandle {
  dataSource: CustomDataSource;
  /** Sets the opacity 0–1 (multiplies each colour's own alpha). */
  setOpacity(opacity: number): void;
}

/** How adapters place things on the globe. */
export interface CesiumAdapterOptions {
  /**
   * true: drape polygons and lines on the terrain (ground primitives; needed with real terrain, but
   * several times slower on software renderers). false: draw them at height 0, which is the ground
   * on the plain ellipsoid. Default for the offline ellipsoid: false.
   */
  drape: boolean;
  /** UI language, for labels (`name_vi` → `name_en` when present). */
  lang: Lang;
}

/** Turns one layer and its features into a Cesium layer handle. */
export type CesiumAdapter = (layer: CatalogLayer, data: FeatureCollection, options: CesiumAdapterOptions) => CesiumLayerHandle;

const picked = new WeakMap<Entity, PickedFeature>();

/** The feature behind a Cesium entity created by an adapter, or undefined. */
export function pickedFeatureOf(entity: unknown): PickedFeature | undefined {
  return entity instanceof Entity ? picked.get(entity) : undefined;
}

const toColor = (c: Rgba) => Color.fromBytes(c[0], c[1], c[2], c[3]);
const LABEL_FONT = '600 13px system-ui, "Segoe UI", Roboto, sans-serif';
const LABEL_RANGE = new DistanceDisplayCondition(0, 12_000);

function ring(coords: Position[]): Cartesian3[] {
  return Cartesian3.fromDegreesArray(coords.flatMap((p) => [p[0], p[1]]));
}

function flattenGeometry(geometry: Geometry): Geometry[] {
  return geometry.type === 'GeometryCollection' ? geometry.geometries.flatMap(flattenGeometry) : [geometry];
}

/** Builds entities for a GeoJSON layer. */
function geojsonToCesium(layer: CatalogLayer, data: FeatureCollection, { drape, lang }: CesiumAdapterOptions): CesiumLayerHandle {
  const dataSource = new CustomDataSource(layer.id);
  const setters: ((opacity: number) => void)[] = [];
  const style = layer.style ?? {};
  const widthPx = lineWidthPx(style);
  const radiusPx = pointRadiusPx(style);

  /** A colour property whose alpha follows the layer opacity. */
  const colorProp = (base: Rgba) => {
    const prop = new ConstantProperty(toColor(base));
    setters.push((o) => prop.setValue(toColor(withOpacity(base, o))));
    return prop;
  };
  const material = (base: Rgba) => {
    const m = new ColorMaterialProperty(toColor(base));
    setters.push((o) => { m.color = new ConstantProperty(toColor(withOpacity(base, o))); });
    return m;
  };

  data.features.forEach((feature: Feature, index) => {
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const info: PickedFeature = { layerId: layer.id, featureId: feature.id ?? index, properties: props };
    const label = localizedLabel(props, layer.labelProperty, lang);
    const add = (options: Entity.ConstructorOptions) => picked.set(dataSource.entities.add(new Entity(options)), info);
    const labelGraphics = (offsetPx: number) => label === undefined ? undefined : {
      text: label, font: LABEL_FONT, style: LabelStyle.FILL_AND_OUTLINE, fillColor: colorProp([255, 255, 255, 255]),
      outlineColor: colorProp([15, 23, 42, 255]), outlineWidth: 3, verticalOrigin: VerticalOrigin.BOTTOM,
      pixelOffset: new Cartesian2(0, -offsetPx), heightReference: HeightReference.CLAMP_TO_GROUND,
      disableDepthTestDistance: Number.POSITIVE_INFINITY, distanceDisplayCondition: LABEL_RANGE,
    };
    const heightM = featureHeightM(style, props);
    const fill = featureFillColor(style, props);
    const outline = featureLineColor(style, props, true);

    for (const geometry of flattenGeometry(feature.geometry)) {
      switch (geometry.type) {
        case 'Point':
        case 'MultiPoint':
          for (const p of geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates) {
            add({
              position: Cartesian3.fromDegrees(p[0], p[1], 0),
              point: {
                pixelSize: radiusPx * 2, color: colorProp(fill), outlineColor: colorProp(outline), outlineWidth: 1.5,
                heightReference: HeightReference.CLAMP_TO_GROUND, disableDepthTestDistance: Number.POSITIVE_INFINITY,
              },
              label: labelGraphics(radiusPx + 4),
            });
          }
          break;
        case 'LineString':
        case 'MultiLineString':
          for (const line of geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates) {
            if (style.arcHeightRatio !== undefined && line.length >= 2) {
              const arc = arcPath([line[0][0], line[0][1]], [line[line.length - 1][0], line[line.length - 1][1]], style.arcHeightRatio);
              add({ polyline: { positions: Cartesian3.fromDegreesArrayHeights(arc.flat()), width: widthPx, material: material(featureLineColor(style, props, false)) } });
              continue;
            }
            add({ polyline: { positions: ring(line), width: widthPx, clampToGround: drape, material: material(featureLineColor(style, props, false)) } });
          }
          break;
        case 'Polygon':
        case 'MultiPolygon':
          for (const rings of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) {
            if (rings.length === 0 || rings[0].length < 4) continue;
            const hierarchy = new PolygonHierarchy(ring(rings[0]), rings.slice(1).map((h) => new PolygonHierarchy(ring(h))));
            if (heightM !== undefined) {
              add({ polygon: { hierarchy, height: 0, extrudedHeight: heightM, material: material(fill), outline: true, outlineColor: colorProp(outline) } });
            } else if (!drape) {
              add({ polygon: { hierarchy, height: 0, material: material(fill), outline: widthPx > 0, outlineColor: colorProp(outline) } });
            } else {
              add({ polygon: { hierarchy, material: material(fill) } });
              if (widthPx > 0) {
                for (const r of rings) add({ polyline: { positions: ring(r), width: widthPx, clampToGround: true, material: material(outline) } });
              }
            }
            if (label !== undefined) {
              const outer = rings[0].slice(0, -1);
              const lon = outer.reduce((s, p) => s + p[0], 0) / outer.length;
              const lat = outer.reduce((s, p) => s + p[1], 0) / outer.length;
              add({ position: Cartesian3.fromDegrees(lon, lat, heightM ?? 0), label: { ...labelGraphics(0)!, heightReference: heightM ? HeightReference.NONE : HeightReference.CLAMP_TO_GROUND } });
            }
          }
          break;
        default:
          break;
      }
    }
  });

  return {
    dataSource,
    setOpacity(opacity) {
      for (const set of setters) set(opacity);
    },
  };
}

/** Cesium adapters by layer type. A type missing here is shown as a warning, not drawn. */
export const cesiumAdapters: Readonly<Record<string, CesiumAdapter>> = {
  geojson: geojsonToCesium,
};
