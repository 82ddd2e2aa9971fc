/**
 * GeoJSON reader: a FeatureCollection, a single Feature or a bare geometry. Honours the legacy
 * (2008) `crs` member (`{"type":"name","properties":{"name":"EPSG:9214"}}`); coordinates are x/y
 * (longitude/easting first) whatever the CRS, as GDAL reads them.
 */
import { ImportError, type ImportFeature, type ReadResult } from '../ImportFeature.ts';
import { parseCrsName } from '../parseCrsName.ts';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Reads GeoJSON text (UTF-8, a BOM is ignored). Throws ImportError when it is not GeoJSON. */
export function readGeoJson(text: string): ReadResult {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`not valid JSON: ${(error as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ImportError('not GeoJSON: the top level must be an object');
  const result: ReadResult = { features: [], warnings: [] };
  const crsMember = doc.crs as { type?: string; properties?: { name?: unknown } } | undefined;
  if (crsMember && typeof crsMember === 'object') {
    const name = crsMember.properties?.name;
    const crs = typeof name === 'string' ? parseCrsName(name) : undefined;
    if (!crs) throw new ImportError(`the GeoJSON "crs" member names ${JSON.stringify(name ?? crsMember)}, which is not supported (supported: CRS84, EPSG:4326, 3857, 4756, 3405, 3406, 5897, 9214)`);
    result.crs = crs;
    result.crsSource = `GeoJSON "crs": ${name as string}`;
  }
  if (typeof doc.name === 'string') result.suggestedName = doc.name;
  const feature = (raw: unknown, where: string): ImportFeature => {
    if (!raw || typeof raw !== 'object') return { properties: {}, geometry: null, where, error: 'not a GeoJSON Feature object' };
    const f = raw as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
    if (f.type !== 'Feature') return { properties: {}, geometry: null, where, error: `"type" must be "Feature" (got ${JSON.stringify(f.type)})` };
    const properties = f.properties && typeof f.properties === 'object' && !Array.isArray(f.properties) ? (f.properties as Record<string, unknown>) : {};
    const id = typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : undefined;
    if (f.geometry === null || f.geometry === undefined) return { id, properties, geometry: null, where, error: 'feature has no geometry (null geometries cannot be stored)' };
    return { id, properties, geometry: f.geometry, where };
  };
  if (doc.type === 'FeatureCollection') {
    if (!Array.isArray(doc.features)) throw new ImportError('the FeatureCollection has no "features" array');
    result.features = doc.features.map((raw, i) => feature(raw, `feature #${i + 1}`));
  } else if (doc.type === 'Feature') {
    result.features = [feature(doc, 'feature #1')];
  } else if (typeof doc.type === 'string' && GEOMETRY_TYPES.has(doc.type)) {
    const { crs: _crs, ...geometry } = doc;
    result.features = [{ properties: {}, geometry, where: 'geometry' }];
  } else {
    throw new ImportError(`not GeoJSON: "type" is ${JSON.stringify(doc.type)}, expected FeatureCollection, Feature or a geometry type`);
  }
  return result;
}
