/**
 * Turns a model-frame mesh (x right, y up, z forward) to face a bearing and expresses it in the glTF
 * frame of a local east-north-up tile (x east, y up, z south), as float32 arrays ready to encode.
 * The model frame is left-handed (z forward), the glTF frame right-handed, so the turn is a
 * reflection: each triangle's winding is reversed to stay counter-clockwise seen from outside.
 */
import type { ModelMesh } from './ModelMesh.ts';

/** Vertex arrays in the glTF frame of the site's ENU tangent plane (metres). */
export interface OrientedMesh {
  positions: Float32Array;
  normals: Float32Array;
  /** RGBA, linear (glTF COLOR_0), 0–255. */
  colors: Uint8Array;
  indices: Uint32Array;
}

const srgbToLinear = (c: number) => {
  const s = c / 255;
  return Math.round(255 * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
};

/** Rotates the model so that +z faces `facingDeg` (degrees clockwise from north). */
export function orientMesh(mesh: ModelMesh, facingDeg: number): OrientedMesh {
  const t = (facingDeg * Math.PI) / 180;
  const fe = Math.sin(t), fn = Math.cos(t); // forward in (east, north)
  const re = Math.cos(t), rn = -Math.sin(t); // right in (east, north)
  const n = mesh.vertexCount;
  const positions = new Float32Array(3 * n), normals = new Float32Array(3 * n), colors = new Uint8Array(4 * n);
  const turn = (src: number[], dst: Float32Array, i: number) => {
    const x = src[3 * i], y = src[3 * i + 1], z = src[3 * i + 2];
    const e = x * re + z * fe, north = x * rn + z * fn;
    dst[3 * i] = e; dst[3 * i + 1] = y; dst[3 * i + 2] = -north;
  };
  for (let i = 0; i < n; i++) {
    turn(mesh.positions, positions, i);
    turn(mesh.normals, normals, i);
    colors[4 * i] = srgbToLinear(mesh.colors[3 * i]);
    colors[4 * i + 1] = srgbToLinear(mesh.colors[3 * i + 1]);
    colors[4 * i + 2] = srgbToLinear(mesh.colors[3 * i + 2]);
    colors[4 * i + 3] = 255;
  }
  const indices = new Uint32Array(mesh.indices.length);
  for (let i = 0; i < indices.length; i += 3) {
    indices[i] = mesh.indices[i];
    indices[i + 1] = mesh.indices[i + 2];
    indices[i + 2] = mesh.indices[i + 1];
  }
  return { positions, normals, colors, indices };
}
