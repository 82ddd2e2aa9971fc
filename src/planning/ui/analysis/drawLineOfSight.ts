/**
 * Draws a line of sight: green from the observer to the blocking point (or the whole way when
 * visible), red beyond it, a red marker where a building blocks it, and a label with the result.
 */
import { ArcType, Color, PolylineDashMaterialProperty, type Entity, type Viewer } from 'cesium';
import type { LineOfSightOutput } from '../../analysis/runAnalysis.ts';
import type { Drawing } from './Drawing.ts';
import { entityDrawing } from './entityDrawing.ts';
import { labelStyle } from './labelStyle.ts';
import { toCartesian } from './surfacePosition.ts';

const GREEN = Color.fromBytes(46, 204, 113);
const RED = Color.fromBytes(231, 76, 60);

/** Adds the line-of-sight drawing to `viewer`; `label` sits at the blocking point (or the target). */
export function drawLineOfSight(viewer: Viewer, output: LineOfSightOutput, label: string): Drawing {
  const from = toCartesian(viewer, output.from), to = toCartesian(viewer, output.to);
  const block = output.blockedAt ? toCartesian(viewer, output.blockedAt) : undefined;
  const line = (positions: typeof from[], color: Color): Entity => viewer.entities.add({
    polyline: {
      positions, width: 4, arcType: ArcType.NONE, material: color,
      depthFailMaterial: new PolylineDashMaterialProperty({ color: color.withAlpha(0.7), dashLength: 12 }),
    },
  });
  const point = (position: typeof from, color: Color, text?: string): Entity => viewer.entities.add({
    position,
    point: { pixelSize: 11, color, outlineColor: Color.BLACK, outlineWidth: 2, disableDepthTestDistance: Number.POSITIVE_INFINITY },
    label: text ? labelStyle(text) : undefined,
  });
  const entities = block
    ? [line([from, block], GREEN), line([block, to], RED), point(from, Color.WHITE), point(to, Color.WHITE), point(block, RED, label)]
    : [line([from, to], GREEN), point(from, Color.WHITE), point(to, Color.WHITE, label)];
  viewer.scene.requestRender();
  return entityDrawing(viewer, entities);
}
