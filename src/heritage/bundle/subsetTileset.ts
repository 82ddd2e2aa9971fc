/**
 * The part of a 3D Tiles tileset near some places: keeps the tiles whose bounding region comes
 * within `radiusM` of any of the points (with their ancestors, which contain them), drops the rest,
 * and lists the content files the kept tiles need. Used to put only the buildings around a tour's
 * stops into its offline bundle. Tiles with a box or sphere volume are kept (not tested).
 */

/** A tile of tileset.json (the fields this needs; others are kept as they are). */
export interface TileNode {
  boundingVolume: { region?: number[]; box?: number[]; sphere?: number[] };
  content?: { uri?: string; url?: string };
  children?: TileNode[];
  [key: string]: unknown;
}

/** A tileset.json document. */
export interface TilesetJson {
  root: TileNode;
  [key: string]: unknown;
}

/** A place to keep tiles around: degrees. */
export interface SubsetPoint {
  lonDeg: number;
  latDeg: number;
}

/** Result of {@link subsetTileset}. */
export interface TilesetSubset {
  tileset: TilesetJson;
  /** Content URIs of the kept tiles, as written in tileset.json (relative to it). */
  contentUris: string[];
  keptTiles: number;
  droppedTiles: number;
}

const EARTH_RADIUS_M = 6378137;
const RAD = Math.PI / 180;

function near(region: number[], points: SubsetPoint[], radiusM: number): boolean {
  const [west, south, east, north] = region as [number, number, number, number];
  return points.some((p) => {
    const lat = p.latDeg * RAD;
    const lon = p.lonDeg * RAD;
    const dLat = radiusM / EARTH_RADIUS_M;
    const dLon = radiusM / (EARTH_RADIUS_M * Math.max(Math.cos(lat), 1e-6));
    return lon >= west - dLon && lon <= east + dLon && lat >= south - dLat && lat <= north + dLat;
  });
}

function count(node: TileNode): number {
  return 1 + (node.children ?? []).reduce((n, c) => n + count(c), 0);
}

/**
 * Keeps the tiles of `tileset` within `radiusM` (metres) of `points`; `radiusM` Infinity keeps all.
 * The root is always kept (a tileset needs one), even when nothing is near.
 */
export function subsetTileset(tileset: TilesetJson, points: SubsetPoint[], radiusM: number): TilesetSubset {
  const uris: string[] = [];
  let kept = 0;
  const visit = (node: TileNode, isRoot: boolean): TileNode | undefined => {
    const region = node.boundingVolume.region;
    const keep = isRoot || radiusM === Infinity || !region || near(region, points, radiusM);
    if (!keep) return undefined;
    kept++;
    const uri = node.content?.uri ?? node.content?.url;
    if (uri) uris.push(uri);
    const children = (node.children ?? []).map((c) => visit(c, false)).filter((c): c is TileNode => c !== undefined);
    const { children: _old, ...rest } = node;
    return children.length > 0 ? { ...rest, children } : (rest as TileNode);
  };
  const root = visit(tileset.root, true)!;
  return { tileset: { ...tileset, root }, contentUris: uris, keptTiles: kept, droppedTiles: count(tileset.root) - kept };
}
