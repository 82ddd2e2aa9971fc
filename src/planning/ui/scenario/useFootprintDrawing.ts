/**
 * Footprint drawing: while the editor is drawing, each click on the globe adds a corner (on the
 * ellipsoid, where the buildings stand); the corners so far are shown as dots joined by a line.
 * A double click finishes (the panel's button too).
 */
import { Cartesian3, Cartographic, type Cartesian2, Color, Math as CesiumMath, PointPrimitiveCollection, PolylineCollection, Material, ScreenSpaceEventHandler, ScreenSpaceEventType, type Viewer } from 'cesium';
import { useEffect } from 'react';

/** Colour of the footprint being drawn. */
const DRAWING = Color.fromBytes(0, 229, 255, 255);

/** Handles clicks while `points` is defined; `onPoint` gets `[lon, lat]` degrees, `onFinish` a double click. */
export function useFootprintDrawing(viewer: Viewer | undefined, points: ReadonlyArray<[number, number]> | undefined, onPoint: (p: [number, number]) => void, onFinish: () => void): void {
  const drawing = points !== undefined;
  useEffect(() => {
    if (!viewer || !drawing) return;
    const handler = new ScreenSpaceEventHandler(viewer.canvas);
    const toLonLat = (position: Cartesian2): [number, number] | undefined => {
      const hit = viewer.camera.pickEllipsoid(position, viewer.scene.globe.ellipsoid);
      if (!hit) return undefined;
      const c = Cartographic.fromCartesian(hit);
      return [Number(CesiumMath.toDegrees(c.longitude).toFixed(7)), Number(CesiumMath.toDegrees(c.latitude).toFixed(7))];
    };
    handler.setInputAction((e: { position: Cartesian2 }) => {
      const p = toLonLat(e.position);
      if (p) onPoint(p);
    }, ScreenSpaceEventType.LEFT_CLICK);
    handler.setInputAction(() => onFinish(), ScreenSpaceEventType.LEFT_DOUBLE_CLICK);
    viewer.canvas.style.cursor = 'crosshair';
    return () => {
      handler.destroy();
      if (!viewer.isDestroyed()) viewer.canvas.style.cursor = '';
    };
  }, [viewer, drawing, onPoint, onFinish]);

  useEffect(() => {
    if (!viewer || !points || points.length === 0) return;
    const dots = new PointPrimitiveCollection();
    const line = new PolylineCollection();
    const positions = points.map(([lon, lat]) => Cartesian3.fromDegrees(lon, lat, 0.5));
    for (const p of positions) dots.add({ position: p, pixelSize: 8, color: DRAWING, outlineColor: Color.BLACK, outlineWidth: 1 });
    if (positions.length > 1) line.add({ positions: positions.length > 2 ? [...positions, positions[0]!] : positions, width: 3, material: Material.fromType('Color', { color: DRAWING }) });
    viewer.scene.primitives.add(line);
    viewer.scene.primitives.add(dots);
    viewer.scene.requestRender();
    return () => {
      if (viewer.isDestroyed()) return;
      viewer.scene.primitives.remove(line);
      viewer.scene.primitives.remove(dots);
      viewer.scene.requestRender();
    };
  }, [viewer, points]);
}
