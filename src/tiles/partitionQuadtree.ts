/**
 * Splits buildings into a quadtree of tiles (deterministic for the same inputs). Refinement is ADD:
 * each inner tile holds the biggest buildings of its area (up to `parentCapacity`), the rest go to
 * the four quadrants; a tile with at most `leafCapacity` buildings left is a leaf holding all of
 * them. Every building is in exactly one tile, so nothing is duplicated on the wire, and a
 * tile's geometric error is the size of the biggest building still missing below it (0 at leaves).
 */
import { compareBySize, type BuildingSummary } from './BuildingSummary.ts';

/** Tree shape parameters. */
export interface PartitionOptions {
  /** Most buildings in a leaf. Default: 2000. */
  leafCapacity?: number;
  /** Buildings kept in each inner tile (the biggest). Default: 500. */
  parentCapacity?: number;
  /** Deepest level (root 0); reached only with many buildings at one spot. Default: 14. */
  maxLevel?: number;
}

/** One tile of the tree. `key` is "t" plus the quadrant digits from the root (0 SW, 1 SE, 2 NW, 3 NE). */
export interface TileNode {
  key: string;
  level: number;
  /** Buildings whose geometry this tile's content holds (biggest first). */
  members: BuildingSummary[];
  children: TileNode[];
  /** Metres: the biggest building left out when this tile is drawn without its children; 0 at leaves. */
  geometricError: number;
}

/** Default most buildings per leaf. */
export const DEFAULT_LEAF_CAPACITY = 2000;
/** Default buildings kept in an inner tile. */
export const DEFAULT_PARENT_CAPACITY = 500;

/** Builds the tree over `bounds` ([west, south, east, north] degrees; fixed across incremental rebuilds). */
export function partitionQuadtree(buildings: BuildingSummary[], bounds: [number, number, number, number], options: PartitionOptions = {}): TileNode {
  const leafCapacity = options.leafCapacity ?? DEFAULT_LEAF_CAPACITY;
  const parentCapacity = Math.min(options.parentCapacity ?? DEFAULT_PARENT_CAPACITY, leafCapacity);
  const maxLevel = options.maxLevel ?? 14;
  const sorted = [...buildings].sort(compareBySize);

  const split = (items: BuildingSummary[], b: [number, number, number, number], level: number, key: string): TileNode => {
    if (items.length <= leafCapacity || level >= maxLevel) return { key, level, members: items, children: [], geometricError: 0 };
    const members = items.slice(0, parentCapacity);
    const rest = items.slice(parentCapacity);
    const midLon = (b[0] + b[2]) / 2, midLat = (b[1] + b[3]) / 2;
    const quads: BuildingSummary[][] = [[], [], [], []];
    for (const it of rest) quads[(it.lonDeg >= midLon ? 1 : 0) + (it.latDeg >= midLat ? 2 : 0)].push(it);
    const boxes: [number, number, number, number][] = [
      [b[0], b[1], midLon, midLat], [midLon, b[1], b[2], midLat], [b[0], midLat, midLon, b[3]], [midLon, midLat, b[2], b[3]],
    ];
    const children = quads.flatMap((q, i) => (q.length > 0 ? [split(q, boxes[i], level + 1, key + i)] : []));
    return { key, level, members, children, geometricError: rest[0].sizeM };
  };
  return split(sorted, bounds, 0, 't');
}

/** Every tile of the tree, parents before children. */
export function allTiles(root: TileNode): TileNode[] {
  const out: TileNode[] = [];
  const walk = (t: TileNode) => { out.push(t); t.children.forEach(walk); };
  walk(root);
  return out;
}
