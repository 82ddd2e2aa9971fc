/**
 * Test helper: compares two decoded tiles the way the two tile pipelines can be expected to agree.
 * PostgreSQL encodes with the native `ST_AsMVTGeom` (snap, then clip, Wagyu repair) and PGlite with
 * the portable SQL (clip, then snap, GEOS repair), so their geometries may differ by a unit at clip
 * edges and in ring start points and vertex counts there. Layers, feature ids, types and
 * properties must match exactly; geometries by bounding box, vertex count, area and length.
 */
import type { DecodedFeature, DecodedLayer } from './decodeTile.ts';

/** How far two geometries of one feature may differ. */
export interface GeometryTolerance {
  /** Bounding box edges, tile units. */
  bboxUnits: number;
  /** Vertex count: max(absolute, relative × count). */
  vertices: { absolute: number; relative: number };
  /** Polygon area and line length: max(absolute, relative × value). */
  measure: { absoluteUnits: number; relative: number };
}

export const DEFAULT_TOLERANCE: GeometryTolerance = {
  bboxUnits: 2,
  vertices: { absolute: 4, relative: 0.05 },
  measure: { absoluteUnits: 64, relative: 0.01 },
};

type Ring = Array<[number, number]>;

function bbox(rings: Ring[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) for (const [x, y] of ring) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [x0, y0, x1, y1];
}

/** Signed area of all rings (MVT: exterior rings positive, holes negative), tile units². */
function area(rings: Ring[]): number {
  let sum = 0;
  for (const ring of rings) for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum / 2;
}

function length(rings: Ring[]): number {
  let sum = 0;
  for (const ring of rings) for (let i = 0; i < ring.length - 1; i++) sum += Math.hypot(ring[i + 1]![0] - ring[i]![0], ring[i + 1]![1] - ring[i]![1]);
  return sum;
}

function within(a: number, b: number, absolute: number, relative: number): boolean {
  return Math.abs(a - b) <= Math.max(absolute, relative * Math.max(Math.abs(a), Math.abs(b)));
}

/** Why feature geometries `a` and `b` differ beyond `tolerance`, or undefined when they agree. */
export function geometryDifference(a: DecodedFeature, b: DecodedFeature, tolerance: GeometryTolerance = DEFAULT_TOLERANCE): string | undefined {
  if (a.type !== b.type) return `type ${a.type} ≠ ${b.type}`;
  const boxA = bbox(a.geometry);
  const boxB = bbox(b.geometry);
  if (boxA.some((v, i) => Math.abs(v - boxB[i]!) > tolerance.bboxUnits)) return `bbox ${boxA.join(',')} ≠ ${boxB.join(',')}`;
  const countA = a.geometry.flat().length;
  const countB = b.geometry.flat().length;
  if (a.type === 1) {
    // Points: same count, each within the bbox tolerance of its counterpart (sorted).
    if (countA !== countB) return `points ${countA} ≠ ${countB}`;
    const sort = (f: DecodedFeature) => f.geometry.flat().sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    const [pa, pb] = [sort(a), sort(b)];
    const far = pa.findIndex((p, i) => Math.abs(p[0] - pb[i]![0]) > tolerance.bboxUnits || Math.abs(p[1] - pb[i]![1]) > tolerance.bboxUnits);
    return far >= 0 ? `point ${pa[far]!.join(',')} ≠ ${pb[far]!.join(',')}` : undefined;
  }
  if (!within(countA, countB, tolerance.vertices.absolute, tolerance.vertices.relative)) return `vertices ${countA} ≠ ${countB}`;
  const { absoluteUnits, relative } = tolerance.measure;
  if (a.type === 3) {
    const [areaA, areaB] = [area(a.geometry), area(b.geometry)];
    if (!within(areaA, areaB, absoluteUnits * absoluteUnits, relative)) return `area ${areaA} ≠ ${areaB}`;
  } else {
    const [lenA, lenB] = [length(a.geometry), length(b.geometry)];
    if (!within(lenA, lenB, absoluteUnits / 8, relative)) return `length ${lenA} ≠ ${lenB}`;
  }
  return undefined;
}

/** Differences between two decoded tiles (layers by name), one line each; empty when they agree. */
export function tileDifferences(a: Record<string, DecodedLayer>, b: Record<string, DecodedLayer>, tolerance: GeometryTolerance = DEFAULT_TOLERANCE): string[] {
  const out: string[] = [];
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const name of names) {
    const [la, lb] = [a[name], b[name]];
    if (!la || !lb) {
      out.push(`layer ${name} only in ${la ? 'the first' : 'the second'} tile`);
      continue;
    }
    if (la.extent !== lb.extent || la.version !== lb.version) out.push(`${name}: extent/version ${la.extent}/${la.version} ≠ ${lb.extent}/${lb.version}`);
    const ids = (l: DecodedLayer) => l.features.map((f) => String(f.properties.id));
    if (ids(la).join('\n') !== ids(lb).join('\n')) {
      out.push(`${name}: feature ids [${ids(la).join(', ')}] ≠ [${ids(lb).join(', ')}]`);
      continue;
    }
    la.features.forEach((fa, i) => {
      const fb = lb.features[i]!;
      const label = `${name}/${String(fa.properties.id)}`;
      if (fa.id !== fb.id) out.push(`${label}: MVT id ${fa.id} ≠ ${fb.id}`);
      if (JSON.stringify(sorted(fa.properties)) !== JSON.stringify(sorted(fb.properties))) out.push(`${label}: properties ${JSON.stringify(sorted(fa.properties))} ≠ ${JSON.stringify(sorted(fb.properties))}`);
      const why = geometryDifference(fa, fb, tolerance);
      if (why) out.push(`${label}: ${why}`);
    });
  }
  return out;
}

function sorted(properties: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(properties).sort(([p], [q]) => p.localeCompare(q));
}
