/**
 * One Cesium primitive for a {@link RoofMesh}: a single custom geometry (no per-building geometry
 * work), flat translucent colour, no shadows. Built synchronously (custom geometries cannot go to
 * Cesium's workers), which costs milliseconds since the mesh is already triangulated.
 */
import {
  BoundingSphere, ColorGeometryInstanceAttribute, ComponentDatatype, Geometry, GeometryAttribute, GeometryInstance,
  PerInstanceColorAppearance, Primitive, PrimitiveType, ShadowMode, type Color,
} from 'cesium';
import type { RoofMesh } from '../../analysis/roofMesh.ts';

/** A primitive drawing `mesh` in `color`; undefined for an empty mesh. */
export function roofMeshPrimitive(mesh: RoofMesh, color: Color): Primitive | undefined {
  if (mesh.indices.length === 0) return undefined;
  const geometry = new Geometry({
    attributes: {
      position: new GeometryAttribute({ componentDatatype: ComponentDatatype.DOUBLE, componentsPerAttribute: 3, values: mesh.positions }),
    } as unknown as Geometry['attributes'],
    indices: mesh.indices,
    primitiveType: PrimitiveType.TRIANGLES,
    boundingSphere: BoundingSphere.fromVertices(Array.from(mesh.positions)),
  });
  return new Primitive({
    geometryInstances: new GeometryInstance({ geometry, attributes: { color: ColorGeometryInstanceAttribute.fromColor(color) } }),
    appearance: new PerInstanceColorAppearance({ flat: true, translucent: color.alpha < 1 }),
    asynchronous: false,
    shadows: ShadowMode.DISABLED,
  });
}
