/**
 * Draws the line of sight of every view-cone violation: eye → the protected line of sight above the
 * offending building (violet), the part of the building above it (red), and the viewpoint (a dot).
 */
import { Cartesian3, Color, PointPrimitiveCollection, PolylineCollection, Material, type Viewer } from 'cesium';
import { useEffect } from 'react';
import type { LineOfSight } from '../../Violation.ts';

/** Colour of the protected line of sight. */
const SIGHT = Color.fromBytes(123, 31, 162, 255);
/** Colour of the part of a building above it. */
const EXCESS = Color.fromBytes(220, 20, 60, 255);

const at = (p: [number, number, number]) => Cartesian3.fromDegrees(p[0], p[1], p[2]);

/** Keeps the lines of `sights` in the scene (replaced when the list changes, removed on unmount). */
export function useLinesOfSight(viewer: Viewer | undefined, sights: readonly LineOfSight[]): void {
  useEffect(() => {
    if (!viewer || sights.length === 0) return;
    const lines = new PolylineCollection();
    const points = new PointPrimitiveCollection();
    for (const s of sights) {
      lines.add({ positions: [at(s.from), at(s.to)], width: 3, material: Material.fromType('Color', { color: SIGHT }) });
      lines.add({ positions: [at(s.to), at(s.top)], width: 5, material: Material.fromType('Color', { color: EXCESS }) });
      points.add({ position: at(s.from), pixelSize: 10, color: SIGHT, outlineColor: Color.WHITE, outlineWidth: 2 });
    }
    viewer.scene.primitives.add(lines);
    viewer.scene.primitives.add(points);
    viewer.scene.requestRender();
    return () => {
      if (viewer.isDestroyed()) return;
      viewer.scene.primitives.remove(lines);
      viewer.scene.primitives.remove(points);
      viewer.scene.requestRender();
    };
  }, [viewer, sights]);
}
