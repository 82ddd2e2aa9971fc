/**
 * Draws a viewshed: visible/hidden ground cells as an image on the ground, the buildings in range
 * as flat caps just above their roofs (green seen, red not), the observer as a point with a label.
 */
import { Color, type Primitive, type Viewer } from 'cesium';
import type { ViewshedOutput } from '../../analysis/runAnalysis.ts';
import { CELL_HIDDEN, CELL_VISIBLE } from '../../analysis/viewshed.ts';
import { HIDDEN_RGBA, VISIBLE_RGBA } from './analysisColours.ts';
import type { Drawing } from './Drawing.ts';
import { drawGroundImage } from './drawGroundImage.ts';
import { entityDrawing } from './entityDrawing.ts';
import { gridCanvas } from './gridCanvas.ts';
import { labelStyle } from './labelStyle.ts';
import { roofMeshPrimitive } from './roofMeshPrimitive.ts';
import { toCartesian } from './surfacePosition.ts';

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
  const caps = [
    roofMeshPrimitive(output.visibleRoofs, Color.fromBytes(...VISIBLE_RGBA).withAlpha(0.8)),
    roofMeshPrimitive(output.hiddenRoofs, Color.fromBytes(...HIDDEN_RGBA).withAlpha(0.55)),
  ].filter((p): p is Primitive => p !== undefined);
  for (const cap of caps) viewer.scene.primitives.add(cap);
  viewer.scene.requestRender();
  return entityDrawing(viewer, [ground, observer], caps);
}
