/** Drapes a canvas over a lon/lat rectangle on the ground (not on the buildings). */
import { ClassificationType, ImageMaterialProperty, Rectangle, type Entity, type Viewer } from 'cesium';
import type { LonLatRect } from '../../analysis/runAnalysis.ts';

/** Adds a ground rectangle textured with `image`; returns the entity. */
export function drawGroundImage(viewer: Viewer, rect: LonLatRect, image: HTMLCanvasElement, name: string): Entity {
  return viewer.entities.add({
    name,
    rectangle: {
      coordinates: Rectangle.fromDegrees(rect.west, rect.south, rect.east, rect.north),
      material: new ImageMaterialProperty({ image, transparent: true }),
      classificationType: ClassificationType.TERRAIN,
    },
  });
}
