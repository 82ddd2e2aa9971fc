/**
 * The tileset.json (3D Tiles 1.1) for a partitioned tree: regions (radians, metres) that contain
 * each tile's content and all its children, ADD refinement, geometric errors from the partition,
 * and the root ENU frame as the root `transform` (content is stored relative to it).
 */
import type { TileNode } from './partitionQuadtree.ts';
import { enuFrameAt, enuToEcefMatrix } from './wgs84.ts';

const DEG = Math.PI / 180;
/** Margin around content, radians (≈ 1 m): covers int16 quantisation and tangent-plane drift. */
const PAD_RAD = 1.6e-7;
/** Vertical margin, metres. */
const PAD_M = 1;

/** A 3D Tiles bounding region: [west, south, east, north] radians, [minHeight, maxHeight] metres. */
export type Region = [number, number, number, number, number, number];

/** A tile as written in tileset.json. */
export interface TileJson {
  boundingVolume: { region: Region };
  geometricError: number;
  refine?: 'ADD' | 'REPLACE';
  transform?: number[];
  content?: { uri: string };
  children?: TileJson[];
}

/** The tileset.json document. */
export interface TilesetJson {
  asset: { version: '1.1'; generator: string; tilesetVersion: string };
  geometricError: number;
  root: TileJson;
}

/** Region of a tile's own content (undefined when it has none). */
export function contentRegion(tile: TileNode): Region | undefined {
  if (tile.members.length === 0) return undefined;
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity, top = 0;
  for (const m of tile.members) {
    w = Math.min(w, m.bbox[0]); s = Math.min(s, m.bbox[1]); e = Math.max(e, m.bbox[2]); n = Math.max(n, m.bbox[3]);
    top = Math.max(top, m.heightM);
  }
  return [w * DEG - PAD_RAD, s * DEG - PAD_RAD, e * DEG + PAD_RAD, n * DEG + PAD_RAD, -PAD_M, top + PAD_M];
}

function union(a: Region | undefined, b: Region | undefined): Region | undefined {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3]), Math.min(a[4], b[4]), Math.max(a[5], b[5])];
}

/** Options of {@link tilesetDocument}. */
export interface TilesetDocumentOptions {
  /** Content URI of each tile key (relative to tileset.json); tiles without one have no content. */
  uris: ReadonlyMap<string, string>;
  /** Root ENU origin, degrees. */
  originDeg: { lon: number; lat: number };
  /** Written to `asset.tilesetVersion` (the collection revision). */
  version: string;
}

/** Builds tileset.json for the tree. An empty tree gets a content-less root over the origin. */
export function tilesetDocument(root: TileNode, options: TilesetDocumentOptions): TilesetJson {
  const toJson = (tile: TileNode): { json: TileJson; region: Region | undefined; maxSize: number } => {
    const kids = tile.children.map(toJson);
    let region = contentRegion(tile);
    for (const k of kids) region = union(region, k.region);
    const uri = options.uris.get(tile.key);
    const maxSize = Math.max(0, ...tile.members.map((m) => m.sizeM), ...kids.map((k) => k.maxSize));
    const json: TileJson = {
      boundingVolume: { region: region ?? [0, 0, 0, 0, 0, 0] },
      geometricError: tile.geometricError,
      ...(uri ? { content: { uri } } : {}),
      ...(kids.length > 0 ? { children: kids.map((k) => k.json) } : {}),
    };
    return { json, region, maxSize };
  };
  const top = toJson(root);
  const o = options.originDeg;
  const fallback: Region = [o.lon * DEG - PAD_RAD, o.lat * DEG - PAD_RAD, o.lon * DEG + PAD_RAD, o.lat * DEG + PAD_RAD, -PAD_M, PAD_M];
  const rootJson: TileJson = {
    ...top.json,
    boundingVolume: { region: top.region ?? fallback },
    refine: 'ADD',
    transform: enuToEcefMatrix(enuFrameAt(o.lon * DEG, o.lat * DEG, 0)),
  };
  return {
    asset: { version: '1.1', generator: 'Huế Twin tiles builder (src/tiles)', tilesetVersion: options.version },
    // Drawing nothing at all leaves out the biggest building of the set.
    geometricError: Math.max(top.maxSize, rootJson.geometricError),
    root: rootJson,
  };
}
