/**
 * A regular longitude/latitude grid for interpolated surfaces and dispersion fields. Cells are
 * stored row-major from the north-west corner (row 0 = northernmost), the order of an image, so a
 * field can be painted into a canvas without flipping.
 */

/** A grid over a WGS84 rectangle (degrees), `cols` × `rows` cells. */
export interface SurfaceGrid {
  /** West edge, degrees longitude. */
  readonly west: number;
  /** South edge, degrees latitude. */
  readonly south: number;
  /** East edge, degrees longitude. */
  readonly east: number;
  /** North edge, degrees latitude. */
  readonly north: number;
  /** Number of cells west → east (≥ 1). */
  readonly cols: number;
  /** Number of cells north → south (≥ 1). */
  readonly rows: number;
}

/** Metres per degree of latitude (mean, WGS84 at ~16° N). */
export const METRES_PER_DEGREE_LAT = 110_574;
/** Metres per degree of longitude at the equator (WGS84). */
export const METRES_PER_DEGREE_LON_EQUATOR = 111_320;

/** Metres per degree of longitude at `latDeg` (local equirectangular scale). */
export function metresPerDegreeLon(latDeg: number): number {
  return METRES_PER_DEGREE_LON_EQUATOR * Math.cos((latDeg * Math.PI) / 180);
}

/** Longitude (degrees) of the centre of column `col`. */
export function cellLon(grid: SurfaceGrid, col: number): number {
  return grid.west + ((col + 0.5) * (grid.east - grid.west)) / grid.cols;
}

/** Latitude (degrees) of the centre of row `row` (row 0 = north). */
export function cellLat(grid: SurfaceGrid, row: number): number {
  return grid.north - ((row + 0.5) * (grid.north - grid.south)) / grid.rows;
}

/**
 * A grid of about `cells` cells (default 150,000) with square-ish cells in metres over the given
 * rectangle. @throws RangeError for an empty rectangle or a non-positive cell count.
 */
export function gridOver(bounds: { west: number; south: number; east: number; north: number }, cells = 150_000): SurfaceGrid {
  const { west, south, east, north } = bounds;
  if (!(east > west) || !(north > south) || !(cells >= 1)) {
    throw new RangeError(`gridOver: need east > west, north > south and cells ≥ 1, got ${JSON.stringify(bounds)}, ${cells}`);
  }
  const widthM = (east - west) * metresPerDegreeLon((north + south) / 2);
  const heightM = (north - south) * METRES_PER_DEGREE_LAT;
  const cellM = Math.sqrt((widthM * heightM) / cells);
  const cols = Math.max(1, Math.round(widthM / cellM));
  const rows = Math.max(1, Math.round(heightM / cellM));
  return { west, south, east, north, cols, rows };
}

/**
 * The rectangle around `points` (degrees) grown by `marginM` metres on every side (default 3 km),
 * at least `minSizeM` (default 6 km) wide and high. Undefined when there are no points.
 */
export function boundsAround(points: readonly { lon: number; lat: number }[], marginM = 3000, minSizeM = 6000):
  { west: number; south: number; east: number; north: number } | undefined {
  if (points.length === 0) return undefined;
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const p of points) {
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  const midLat = (south + north) / 2;
  const mLon = metresPerDegreeLon(midLat);
  const growLon = Math.max(marginM, (minSizeM - (east - west) * mLon) / 2) / mLon;
  const growLat = Math.max(marginM, (minSizeM - (north - south) * METRES_PER_DEGREE_LAT) / 2) / METRES_PER_DEGREE_LAT;
  return { west: west - growLon, east: east + growLon, south: south - growLat, north: north + growLat };
}
