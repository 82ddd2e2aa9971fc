/**
 * The TypeScript view of a layer definition. `layer.schema.json` beside this file is the single
 * source of truth; keep the two in step (tests/unit/catalog checks every sample against both).
 */

/** Workspaces of the app, in navigation order. */
export const WORKSPACES = ['planning', 'environment', 'logistics', 'heritage'] as const;
/** A workspace id, as used in the URL hash (`#/planning`). */
export type Workspace = (typeof WORKSPACES)[number];

/** Sectors of the shared database, in catalog order. */
export const SECTORS = ['planning', 'environment', 'logistics', 'heritage', 'transport', 'base'] as const;
/** A sector id. */
export type Sector = (typeof SECTORS)[number];

/** A text in Vietnamese and English (more languages allowed). */
export type Localized = { vi: string; en: string } & Record<string, string>;

/** Colour as `#rrggbb` or `#rrggbbaa`. */
export type HexColor = string;

/** Drawing style shared by the 2D and 3D renderers. */
export interface LayerStyle {
  fillColor?: HexColor;
  lineColor?: HexColor;
  /** Line width in pixels. Default: 2. */
  lineWidth?: number;
  /** Point radius in pixels. Default: 6. */
  pointRadius?: number;
  /** Feature property with an extrusion height in metres (3D only). */
  heightProperty?: string;
  /**
   * Lines are origin → destination flows: the 3D view draws each as an arc from its first to its
   * last point, peaking at this fraction of its length above the ground (e.g. 0.25). Absent: lines
   * follow their coordinates.
   */
  arcHeightRatio?: number;
  /** Feature property whose value picks a colour from `colors`. */
  colorProperty?: string;
  colors?: Record<string, HexColor>;
}

/** One legend entry. */
export interface LegendEntry {
  label: Localized;
  color: HexColor;
  shape: 'point' | 'line' | 'fill';
}

/** Where a layer's data comes from, and whether it is measured or made up. */
export interface LayerSource {
  name: string;
  url?: string;
  /** true when any geometry or attribute is procedural or approximated. */
  synthetic: boolean;
  note?: Localized;
}

/** A layer of the catalog: one JSON document in `layers/`. */
export interface LayerDefinition {
  id: string;
  title: Localized;
  description?: Localized;
  sector: Sector;
  /** Layer type, resolved through the registry in `layerTypes.ts`. */
  type: string;
  /** Seed GeoJSON file beside the definition. */
  data?: string;
  /** Procedural seed instead of a file (src/sample/generators.ts). */
  generator?: { name: string; seed: number; options?: Record<string, unknown> };
  geometryType?: 'Point' | 'MultiPoint' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon' | 'Geometry';
  source: LayerSource;
  licence: string;
  /** Default visibility. Default: false. */
  visible?: boolean;
  /** Workspaces where the layer is on by default. Default: all, when `visible`. */
  workspaces?: Workspace[];
  /** Default opacity 0–1. Default: 1. */
  opacity?: number;
  labelProperty?: string;
  /** Feature property (ISO date/time) that OGC API `datetime` filters on. */
  temporalProperty?: string;
  style: LayerStyle;
  legend: LegendEntry[];
}

/** A layer as the API serves it to clients: the definition plus where to fetch its features. */
export interface CatalogLayer extends LayerDefinition {
  /** URL of the GeoJSON items (OGC API – Features), relative to the site root. */
  itemsUrl?: string;
  /** Number of features in the database. */
  featureCount?: number;
  /** Problems found while loading this layer (unknown type, etc.); shown in the UI. */
  warnings?: string[];
}

/** Response of `GET /api/layers`. */
export interface CatalogResponse {
  layers: CatalogLayer[];
  /** Problems with the catalog as a whole, one human line each. */
  warnings: string[];
}

/** Sectors in catalog order for a workspace: the workspace's own sector first, then the rest in {@link SECTORS} order. */
export function sectorsFor(workspace: Workspace): Sector[] {
  return [workspace, ...SECTORS.filter((s) => s !== workspace)];
}

/** Whether a layer is on by default in a workspace. */
export function isVisibleByDefault(layer: LayerDefinition, workspace: Workspace): boolean {
  if (layer.workspaces) return layer.workspaces.includes(workspace);
  return layer.visible === true;
}
