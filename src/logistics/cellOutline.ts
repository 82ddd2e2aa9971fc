/**
 * Outlines a set of grid cells as polygons: the union of the unit squares, traced into rings
 * (outer rings counter-clockwise, holes clockwise, collinear vertices dropped) and grouped into
 * polygons. Cells touching only at a corner stay separate polygons (the tracer turns left at such
 * saddles), so outer rings are simple.
 */

/** A cell of an integer grid. */
export interface Cell {
  x: number;
  y: number;
}

/** A polygon in grid coordinates: outer ring then holes, each closed. */
export type GridPolygon = Array<Array<[number, number]>>;

/** Numeric key of a cell or vertex (|x|, |y| < 2^20). */
const OFFSET = 2 ** 20;
const cellKey = (x: number, y: number) => (x + OFFSET) * 2 ** 21 + (y + OFFSET);

/** The outline of `cells` as polygons (grid coordinates: cell (x, y) spans x…x+1, y…y+1). */
export function cellOutline(cells: Iterable<Cell>): GridPolygon[] {
  const list: Cell[] = [];
  const set = new Set<number>();
  for (const c of cells) {
    const k = cellKey(c.x, c.y);
    if (set.has(k)) continue;
    set.add(k);
    list.push(c);
  }
  const has = (x: number, y: number) => set.has(cellKey(x, y));
  // Directed boundary edges with the filled cell on their left, keyed by start vertex.
  const out = new Map<number, Array<[number, number, number, number]>>();
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    const k = cellKey(x0, y0);
    const list = out.get(k);
    if (list) list.push([x0, y0, x1, y1]);
    else out.set(k, [[x0, y0, x1, y1]]);
  };
  for (const { x, y } of list) {
    if (!has(x, y - 1)) add(x, y, x + 1, y);
    if (!has(x + 1, y)) add(x + 1, y, x + 1, y + 1);
    if (!has(x, y + 1)) add(x + 1, y + 1, x, y + 1);
    if (!has(x - 1, y)) add(x, y + 1, x, y);
  }
  const rings: Array<Array<[number, number]>> = [];
  const probes: Array<[number, number]> = [];
  for (;;) {
    const first = out.values().next();
    if (first.done) break;
    const start = first.value[0];
    const ring: Array<[number, number]> = [];
    let edge = start;
    for (;;) {
      const k = cellKey(edge[0], edge[1]);
      const list = out.get(k)!;
      list.splice(list.indexOf(edge), 1);
      if (list.length === 0) out.delete(k);
      ring.push([edge[0], edge[1]]);
      const next = out.get(cellKey(edge[2], edge[3]));
      if (!next) break;
      // At a saddle (two ways on), turn left: cells touching only at a corner stay apart.
      const dx = edge[2] - edge[0];
      const dy = edge[3] - edge[1];
      edge = next.length === 1 ? next[0] : next.find((e) => dx * (e[3] - e[1]) - dy * (e[2] - e[0]) > 0) ?? next[0];
    }
    rings.push(dropCollinear(ring));
    // The filled cell left of the ring's first edge: its centre is inside the polygon this ring bounds.
    const dx = start[2] - start[0];
    const dy = start[3] - start[1];
    probes.push([(start[0] + start[2]) / 2 - dy / 2, (start[1] + start[3]) / 2 + dx / 2]);
  }
  const area = (r: Array<[number, number]>) => r.reduce((s, p, i) => s + (r[(i + 1) % r.length][0] - p[0]) * (r[(i + 1) % r.length][1] + p[1]), 0) / -2;
  const outers = rings.map((r, i) => ({ ring: r, area: area(r), probe: probes[i] })).filter((r) => r.area > 0).sort((a, b) => a.area - b.area);
  const polygons = new Map(outers.map((o) => [o, [close(o.ring)] as GridPolygon]));
  rings.forEach((hole, i) => {
    if (area(hole) >= 0) return;
    // The smallest outer ring around the filled cell next to the hole owns it.
    const owner = outers.find((o) => inside(probes[i], o.ring));
    if (owner) polygons.get(owner)!.push(close(hole));
  });
  return [...polygons.values()];
}

function close(ring: Array<[number, number]>): Array<[number, number]> {
  return [...ring, ring[0]];
}

function dropCollinear(ring: Array<[number, number]>): Array<[number, number]> {
  return ring.filter((p, i) => {
    const a = ring[(i + ring.length - 1) % ring.length];
    const b = ring[(i + 1) % ring.length];
    return (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]) !== 0;
  });
}

function inside(p: [number, number], ring: Array<[number, number]>): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i], ring[j]];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) c = !c;
  }
  return c;
}
