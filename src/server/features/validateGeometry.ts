/**
 * Structural check of a GeoJSON geometry (RFC 7946) before it reaches PostGIS, so that a bad body
 * gets a message naming the fault and its path instead of a database error.
 */

/** GeoJSON geometry type names. */
export const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'] as const;

type Fault = string | undefined;

function position(value: unknown, path: string): Fault {
  if (!Array.isArray(value) || value.length < 2 || value.length > 4) return `${path} must be a position [lon, lat] or [lon, lat, height]`;
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'number' || !Number.isFinite(value[i])) return `${path}[${i}] must be a finite number`;
  }
  const [lon, lat] = value as number[];
  if (lon! < -180 || lon! > 180 || lat! < -90 || lat! > 90) {
    return `${path} = [${lon}, ${lat}] is outside lon −180…180 / lat −90…90 (coordinates must be WGS 84 lon/lat, or send crs)`;
  }
  return undefined;
}

function positions(value: unknown, path: string, min: number): Fault {
  if (!Array.isArray(value)) return `${path} must be an array of positions`;
  if (value.length < min) return `${path} needs at least ${min} positions, has ${value.length}`;
  for (let i = 0; i < value.length; i++) {
    const fault = position(value[i], `${path}[${i}]`);
    if (fault) return fault;
  }
  return undefined;
}

function ring(value: unknown, path: string): Fault {
  const fault = positions(value, path, 4);
  if (fault) return fault;
  const ringPositions = value as number[][];
  const first = ringPositions[0]!;
  const last = ringPositions[ringPositions.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) return `${path}: ring is not closed (first and last positions differ)`;
  return undefined;
}

function each(value: unknown, path: string, check: (item: unknown, path: string) => Fault, min = 1): Fault {
  if (!Array.isArray(value)) return `${path} must be an array`;
  if (value.length < min) return `${path} must not be empty`;
  for (let i = 0; i < value.length; i++) {
    const fault = check(value[i], `${path}[${i}]`);
    if (fault) return fault;
  }
  return undefined;
}

/** Returns a human description of the first fault, with its JSON path, or undefined when valid. */
export function validateGeometry(geometry: unknown, path = 'geometry', depth = 0): Fault {
  if (!geometry || typeof geometry !== 'object' || Array.isArray(geometry)) return `${path} must be a GeoJSON geometry object`;
  const g = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  const c = `${path}.coordinates`;
  switch (g.type) {
    case 'Point':
      return position(g.coordinates, c);
    case 'MultiPoint':
      return each(g.coordinates, c, position);
    case 'LineString':
      return positions(g.coordinates, c, 2);
    case 'MultiLineString':
      return each(g.coordinates, c, (line, p) => positions(line, p, 2));
    case 'Polygon':
      return each(g.coordinates, c, ring);
    case 'MultiPolygon':
      return each(g.coordinates, c, (polygon, p) => each(polygon, p, ring));
    case 'GeometryCollection':
      if (depth > 4) return `${path}: geometry collections nested too deep`;
      return each(g.geometries, `${path}.geometries`, (item, p) => validateGeometry(item, p, depth + 1));
    default:
      return `${path}.type must be one of ${GEOMETRY_TYPES.join(', ')} (got ${JSON.stringify(g.type)})`;
  }
}

/** Whether a geometry of `actual` type may be stored in a collection declared as `declared`. */
export function geometryTypeFits(declared: string, actual: string): boolean {
  if (declared === 'Geometry' || declared === actual) return true;
  return `Multi${declared}` === actual || declared === `Multi${actual}`;
}
