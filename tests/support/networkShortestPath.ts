/**
 * An independent shortest path over a road network given as GeoJSON lines (for checking the
 * routing API in tests): lines are split at shared vertices and at crossings, both ends are
 * snapped to the nearest point of the nearest segment, and Dijkstra runs over great-circle
 * lengths (respecting `oneway`). Deliberately shares no code with src/logistics.
 */
import type { Feature, LineString } from 'geojson';

type P = [number, number];
const R = 6_371_008.8;

function haversine(a: P, b: P): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Parameter t (0–1) on segment a→b of the point closest to p (local equirectangular plane). */
function closestT(p: P, a: P, b: P): number {
  const k = Math.cos((a[1] * Math.PI) / 180);
  const ax = a[0] * k, bx = b[0] * k, px = p[0] * k;
  const dx = bx - ax, dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  return len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (p[1] - a[1]) * dy) / len));
}

const lerp = (a: P, b: P, t: number): P => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** Crossing parameters (t on ab, u on cd) of two segments, or undefined when they do not cross. */
function crossing(a: P, b: P, c: P, d: P): [number, number] | undefined {
  const r = [b[0] - a[0], b[1] - a[1]];
  const s = [d[0] - c[0], d[1] - c[1]];
  const den = r[0] * s[1] - r[1] * s[0];
  if (Math.abs(den) < 1e-18) return undefined;
  const t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / den;
  const u = ((c[0] - a[0]) * r[1] - (c[1] - a[1]) * r[0]) / den;
  return t > 1e-9 && t < 1 - 1e-9 && u > 1e-9 && u < 1 - 1e-9 ? [t, u] : undefined;
}

interface Seg { a: P; b: P; oneway: boolean }

/**
 * Length (m) of the shortest path from `from` to `to` over `lines` (each snapped to its nearest
 * segment; the straight hops from the points to the network are not counted). `exclude` drops
 * lines by their properties (e.g. railways for road vehicles). Infinity when not connected.
 */
export function networkShortestPathM(lines: readonly Feature<LineString>[], from: P, to: P, options: { exclude?: (p: Record<string, unknown>) => boolean } = {}): number {
  // 1. Segments, split at crossings with any other segment.
  const raw: Seg[] = [];
  for (const f of lines) {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    if (options.exclude?.(props)) continue;
    const c = f.geometry.coordinates as P[];
    for (let i = 1; i < c.length; i++) raw.push({ a: c[i - 1], b: c[i], oneway: props.oneway === true });
  }
  const cuts = raw.map(() => [] as number[]);
  for (let i = 0; i < raw.length; i++) {
    for (let j = i + 1; j < raw.length; j++) {
      const x = crossing(raw[i].a, raw[i].b, raw[j].a, raw[j].b);
      if (x) {
        cuts[i].push(x[0]);
        cuts[j].push(x[1]);
      }
    }
  }
  const segs: Seg[] = [];
  raw.forEach((s, i) => {
    const ts = [0, ...cuts[i].sort((x, y) => x - y), 1];
    for (let k = 1; k < ts.length; k++) segs.push({ a: lerp(s.a, s.b, ts[k - 1]), b: lerp(s.a, s.b, ts[k]), oneway: s.oneway });
  });

  // 2. Graph with nodes at shared positions (1e-7°), plus the two snapped ends spliced into their segments.
  const ids = new Map<string, number>();
  const adj: [number, number][][] = [];
  const node = (p: P) => {
    const key = `${p[0].toFixed(7)},${p[1].toFixed(7)}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = adj.length;
      ids.set(key, id);
      adj.push([]);
    }
    return id;
  };
  const snap = (p: P) => {
    let best = { i: -1, t: 0, d: Infinity };
    segs.forEach((s, i) => {
      const t = closestT(p, s.a, s.b);
      const d = haversine(p, lerp(s.a, s.b, t));
      if (d < best.d) best = { i, t, d };
    });
    return best;
  };
  const ends = [snap(from), snap(to)];
  const extra = new Map<number, number[]>();
  for (const e of ends) if (e.i >= 0) extra.set(e.i, [...(extra.get(e.i) ?? []), e.t]);
  const endNodes: number[] = [];
  segs.forEach((s, i) => {
    const ts = [0, ...(extra.get(i) ?? []).sort((x, y) => x - y), 1];
    for (let k = 1; k < ts.length; k++) {
      const pa = lerp(s.a, s.b, ts[k - 1]);
      const pb = lerp(s.a, s.b, ts[k]);
      const u = node(pa);
      const v = node(pb);
      const w = haversine(pa, pb);
      adj[u].push([v, w]);
      if (!s.oneway) adj[v].push([u, w]);
    }
  });
  for (const e of ends) endNodes.push(node(lerp(segs[e.i].a, segs[e.i].b, e.t)));

  // 3. Dijkstra (array scan: the test network has a few thousand nodes).
  const dist = new Array<number>(adj.length).fill(Infinity);
  const done = new Array<boolean>(adj.length).fill(false);
  dist[endNodes[0]] = 0;
  for (;;) {
    let u = -1;
    for (let i = 0; i < dist.length; i++) if (!done[i] && dist[i] < Infinity && (u < 0 || dist[i] < dist[u])) u = i;
    if (u < 0 || u === endNodes[1]) break;
    done[u] = true;
    for (const [v, w] of adj[u]) if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
  }
  return dist[endNodes[1]];
}
