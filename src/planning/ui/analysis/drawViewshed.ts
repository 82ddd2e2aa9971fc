/**
 * Draws a viewshed: visible/hidden ground cells as an image on the ground, each building in range
 * as a flat cap just above its roof (green seen, red not), the observer as a point with a label.
 */
import {
  Color, ColorGeometryInstanceAttribute, GeometryInstance, PerInstanceColorAppearance, PolygonGeometry,
  PolygonHierarchy, Primitive, Cartesian3, ShadowMode, type Viewer,
} from 'cesium';
import type { ViewshedOutput } from '../../analysis/runAnalysis.ts';
import { CELL_HIDDEN, CELL_VISIBLE } from '../../analysis/viewshed.ts';
import { HIDDEN_RGBA, VISIBLE_RGBA } from './analysisColours.ts';
import type { Drawing } from './Drawing.ts';
import { drawGroundImage } from './drawGroundImage.ts';
import { entityDrawing } from './entityDrawing.ts';
import { gridCanvas } from './gridCanvas.ts';
import { labelStyle } from './labelStyle.ts';
import { toCartesian } from './surfacePosition.ts';

/** Height of the roof caps above the roofs, m (clear of z-fighting, close enough to read as the roof). */
const CAP_OFFSET_M = 0.4;

function roofCaps(output: ViewshedOutput): Primitive | undefined {
  const instances: GeometryInstance[] = [];
  const visible = Color.fromBytes(...VISIBLE_RGBA).withAlpha(0.75), hidden = Color.fromBytes(...HIDDEN_RGBA).withAlpha(0.6);
  for (const b of output.buildings) {
    for (const ring of b.rings) {
      if (ring.length < 8) continue;
      instances.push(new GeometryInstance({
        id: b.id,
        geometry: new PolygonGeometry({
          polygonHierarchy: new PolygonHierarchy(Cartesian3.fromDegreesArray(ring.slice(0, -2))),
          height: b.heightM + CAP_OFFSET_M,
          vertexFormat: PerInstanceColorAppearance.FLAT_VERTEX_FORMAT,
        }),
        attributes: { color: ColorGeometryInstanceAttribute.fromColor(b.visible ? visible : hidden) },
      }));
    }
  }
  if (!instances.length) return undefined;
  return new Primitive({ geometryInstances: instances, appearance: new PerInstanceColorAppearance({ flat: true, translucent: true }), shadows: ShadowMode.DISABLED });
}

/** Adds the viewshed drawing to `viewer`; `label` is shown above the observer. */
export function drawViewshed(viewer: Viewer, output: ViewshedOutput, label: string): Drawing {
  const image = gridCanvas(output.size, output.size, (i) => {
    const s = output.cells[i];
    return s === CELL_VISIBLE ? VISIBLE_RGBA : s === CELL_HIDDEN ? HIDDEN_RGBA : undefined;
  });
  const ground = drawGroundImage(viewer, output.rect, image, 'viewshed');
  const observer = viewer.entities.add({
    name: 'viewshed observer',
    position: toCartesian(viewer, output.at),
    point: { pixelSize: 12, color: Color.WHITE, outlineColor: Color.BLACK, outlineWidth: 2, disableDepthTestDistance: Number.POSITIVE_INFINITY },
    label: labelStyle(label),
  });
  const caps = roofCaps(output);
  if (caps) viewer.scene.primitives.add(caps);
  viewer.scene.requestRender();
  return entityDrawing(viewer, [ground, observer], caps ? [caps] : []);
}
