/**
 * Draws a measurement: the picked points, the line (distance), the filled outline (area) or the
 * vertical from the ground (height), with the value as a label.
 */
import { ArcType, Cartesian3, Color, PolygonHierarchy, type Entity, type Viewer } from 'cesium';
import type { MeasurementOutput } from '../../analysis/measure.ts';
import type { Drawing } from './Drawing.ts';
import { entityDrawing } from './entityDrawing.ts';
import { labelStyle } from './labelStyle.ts';
import { toCartesian } from './surfacePosition.ts';

const LINE = Color.fromBytes(255, 196, 0);

/** Adds the measurement drawing to `viewer`; `label` (may be empty) is placed at the last point or the centre. */
export function drawMeasurement(viewer: Viewer, output: MeasurementOutput, label: string): Drawing {
  const entities: Entity[] = [];
  const positions = output.points.map((p) => toCartesian(viewer, p));
  for (const position of positions) {
    entities.push(viewer.entities.add({
      position,
      point: { pixelSize: 9, color: LINE, outlineColor: Color.BLACK, outlineWidth: 2, disableDepthTestDistance: Number.POSITIVE_INFINITY },
    }));
  }
  let labelAt: Cartesian3 | undefined = positions.at(-1);
  if (output.kind === 'height' && output.points[0]) {
    const base = toCartesian(viewer, { ...output.points[0], h: 0 });
    entities.push(viewer.entities.add({ polyline: { positions: [base, positions[0]!], width: 3, arcType: ArcType.NONE, material: LINE } }));
  } else if (positions.length >= 2) {
    const ring = output.kind === 'area' && positions.length >= 3 ? [...positions, positions[0]!] : positions;
    entities.push(viewer.entities.add({ polyline: { positions: ring, width: 3, arcType: ArcType.GEODESIC, material: LINE, depthFailMaterial: LINE.withAlpha(0.5) } }));
    if (output.kind === 'area' && positions.length >= 3) {
      entities.push(viewer.entities.add({ polygon: { hierarchy: new PolygonHierarchy(positions), material: LINE.withAlpha(0.25) } }));
      labelAt = Cartesian3.multiplyByScalar(positions.reduce((s, p) => Cartesian3.add(s, p, new Cartesian3()), new Cartesian3()), 1 / positions.length, new Cartesian3());
    }
  }
  if (label && labelAt) entities.push(viewer.entities.add({ position: labelAt, label: labelStyle(label) }));
  viewer.scene.requestRender();
  return entityDrawing(viewer, entities);
}
