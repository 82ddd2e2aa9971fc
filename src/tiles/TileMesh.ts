/**
 * A growable triangle mesh for one tile: positions (metres, glTF axes: x east, y up, z south of the
 * tileset's root ENU frame), unit normals, a feature id per vertex and triangle indices.
 */
export class TileMesh {
  /** x, y, z per vertex, metres, glTF frame relative to the root ENU origin. */
  positions = new Float64Array(3 * 1024);
  /** Unit normal per vertex (glTF frame). */
  normals = new Float32Array(3 * 1024);
  /** Feature id (row of the property table) per vertex. */
  featureIds = new Uint32Array(1024);
  /** Three vertex indices per triangle, counter-clockwise seen from outside. */
  indices = new Uint32Array(3 * 2048);
  /** Vertices in use. */
  vertexCount = 0;
  /** Indices in use (3 per triangle). */
  indexCount = 0;

  /** Makes room for `vertices` more vertices and `indices` more indices. */
  reserve(vertices: number, indices: number): void {
    const needV = this.vertexCount + vertices;
    if (needV > this.featureIds.length) {
      const size = Math.max(needV, this.featureIds.length * 2);
      this.positions = grow(this.positions, size * 3);
      this.normals = grow(this.normals, size * 3);
      this.featureIds = grow(this.featureIds, size);
    }
    const needI = this.indexCount + indices;
    if (needI > this.indices.length) this.indices = grow(this.indices, Math.max(needI, this.indices.length * 2));
  }

  /** Appends a vertex and returns its index. */
  addVertex(x: number, y: number, z: number, nx: number, ny: number, nz: number, featureId: number): number {
    const v = this.vertexCount++;
    this.positions[3 * v] = x; this.positions[3 * v + 1] = y; this.positions[3 * v + 2] = z;
    this.normals[3 * v] = nx; this.normals[3 * v + 1] = ny; this.normals[3 * v + 2] = nz;
    this.featureIds[v] = featureId;
    return v;
  }

  /** Appends one triangle. */
  addTriangle(a: number, b: number, c: number): void {
    const i = this.indexCount;
    this.indices[i] = a; this.indices[i + 1] = b; this.indices[i + 2] = c;
    this.indexCount = i + 3;
  }

  /** Triangles in use. */
  get triangleCount(): number {
    return this.indexCount / 3;
  }
}

function grow<T extends Float64Array | Float32Array | Uint32Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}
