// The coordinate reference systems the server offers for OGC API – Features Part 2
// (`crs`, `bbox-crs`, `Content-Crs`).
//
// The VN-2000 proj4 strings are facts from the EPSG Geodetic Parameter Dataset
// (EPSG v10.076, as exported by `projinfo EPSG:<code> -o PROJ` from PROJ 9.1.1 / proj-data).
// Their +towgs84 uses EPSG:6960 "VN-2000 to WGS 84 (2)" (QĐ 05/2007/QĐ-BTNMT). EPSG
// publishes that operation in the Coordinate-Frame convention (rx=-0.00928836",
// ry=+0.01975479", rz=-0.00427372"); proj4's +towgs84 is Position-Vector, so the rotation
// signs below are deliberately the OPPOSITE of the published ones. Copying the published
// signs into +towgs84 moves Huế by ~0.65 m (see tests/unit/geo/crs).

/** Axis order of a CRS as its OGC/EPSG definition states it: `east-north` (x = lon or E) or `north-east` (x = lat or N). */
export type AxisOrder = 'east-north' | 'north-east';

/** Whether coordinates are angles (degrees) or lengths on a map projection (metres). */
export type CrsKind = 'geographic' | 'projected';

/** One CRS the server can read (`bbox-crs`) and write (`crs`, `Content-Crs`). */
export interface SupportedCrs {
  /** OGC CRS URI, the value used in `crs`, `bbox-crs` and `Content-Crs`, e.g. `http://www.opengis.net/def/crs/EPSG/0/9214`. */
  readonly uri: string;
  /** Short form `AUTHORITY:CODE`, e.g. `EPSG:9214` or `OGC:CRS84` (wrapped in `[ ]` it is the safe CURIE). */
  readonly curie: string;
  /** EPSG code; `undefined` for OGC:CRS84, which has none. */
  readonly epsg: number | undefined;
  /** Human-readable name, as EPSG/OGC spell it. */
  readonly title: string;
  /** proj4 definition (Position-Vector +towgs84 where there is a datum shift to WGS 84). */
  readonly proj4: string;
  /** Axis order of coordinates in this CRS (GeoJSON in this CRS is written in this order). */
  readonly axisOrder: AxisOrder;
  /** Geographic (degrees) or projected (metres). */
  readonly kind: CrsKind;
}

/** proj4 definition of WGS 84 geographic coordinates (same as proj4's built-in `EPSG:4326`). */
const WGS84_LONGLAT = '+proj=longlat +datum=WGS84 +no_defs +type=crs';

/**
 * EPSG:6960 "VN-2000 to WGS 84 (2)" as proj4 +towgs84 (Position-Vector: metres, arc-seconds, ppm).
 * Rotation signs flipped from EPSG's Coordinate-Frame values on purpose — do not "fix" them.
 */
const VN2000_TOWGS84 =
  '+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278';

/** OGC:CRS84 — WGS 84 longitude, latitude (degrees); the default CRS of OGC API – Features. */
export const CRS84: SupportedCrs = {
  uri: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84',
  curie: 'OGC:CRS84',
  epsg: undefined,
  title: 'WGS 84 (CRS84)',
  proj4: WGS84_LONGLAT,
  axisOrder: 'east-north',
  kind: 'geographic',
};

/** EPSG:4326 — WGS 84 latitude, longitude (degrees); note EPSG's axis order is lat, lon. */
export const EPSG_4326: SupportedCrs = {
  uri: 'http://www.opengis.net/def/crs/EPSG/0/4326',
  curie: 'EPSG:4326',
  epsg: 4326,
  title: 'WGS 84',
  proj4: WGS84_LONGLAT,
  axisOrder: 'north-east',
  kind: 'geographic',
};

/** EPSG:3857 — WGS 84 / Pseudo-Mercator, easting, northing (metres); proj4's built-in definition. */
export const EPSG_3857: SupportedCrs = {
  uri: 'http://www.opengis.net/def/crs/EPSG/0/3857',
  curie: 'EPSG:3857',
  epsg: 3857,
  title: 'WGS 84 / Pseudo-Mercator',
  proj4:
    '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs +type=crs',
  axisOrder: 'east-north',
  kind: 'projected',
};

/** EPSG:4756 — VN-2000 geographic, latitude, longitude (degrees); WKT2 AXIS order Lat, Lon. */
export const EPSG_4756: SupportedCrs = {
  uri: 'http://www.opengis.net/def/crs/EPSG/0/4756',
  curie: 'EPSG:4756',
  epsg: 4756,
  title: 'VN-2000',
  proj4: `+proj=longlat +ellps=WGS84 ${VN2000_TOWGS84} +no_defs +type=crs`,
  axisOrder: 'north-east',
  kind: 'geographic',
};

/** EPSG:3405 — VN-2000 / UTM zone 48N (central meridian 105°E, k 0.9996), easting, northing (metres). */
export const EPSG_3405: SupportedCrs = {
  uri: 'http://www.opengis.net/def/crs/EPSG/0/3405',
  curie: 'EPSG:3405',
  epsg: 3405,
  title: 'VN-2000 / UTM zone 48N',
  proj4: `+proj=utm +zone=48 +ellps=WGS84 ${VN2000_TOWGS84} +units=m +no_defs +type=crs`,
  axisOrder: 'east-north',
  kind: 'projected',
};

/** EPSG:3406 — VN-2000 / UTM zone 49N (central meridian 111°E, k 0.9996), easting, northing (metres). */
export const EPSG_3406: SupportedCrs = {
  uri: 'http://www.opengis.net/def/crs/EPSG/0/3406',
  curie: 'EPSG:3406',
  epsg: 3406,
  title: 'VN-2000 / UTM zone 49N',
  proj4: `+proj=utm +zone=49 +ellps=WGS84 ${VN2000_TOWGS84} +units=m +no_defs +type=crs`,
  axisOrder: 'east-north',
  kind: 'projected',
};

/** EPSG:5897 — VN-2000 / TM-3 zone 482 (central meridian 105°E, k 0.9999), easting, northing (metres). */
export const EPSG_5897: SupportedCrs = {
  uri: 'http://www.opengis.net/def/crs/EPSG/0/5897',
  curie: 'EPSG:5897',
  epsg: 5897,
  title: 'VN-2000 / TM-3 zone 482',
  proj4: `+proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${VN2000_TOWGS84} +units=m +no_defs +type=crs`,
  axisOrder: 'east-north',
  kind: 'projected',
};

/** EPSG:9214 — VN-2000 / TM-3 107-00 (central meridian 107°E, k 0.9999), the cadastral CRS of Thừa Thiên-Huế; easting, northing (metres). */
export const EPSG_9214: SupportedCrs = {
  uri: 'http://www.opengis.net/def/crs/EPSG/0/9214',
  curie: 'EPSG:9214',
  epsg: 9214,
  title: 'VN-2000 / TM-3 107-00',
  proj4: `+proj=tmerc +lat_0=0 +lon_0=107 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${VN2000_TOWGS84} +units=m +no_defs +type=crs`,
  axisOrder: 'east-north',
  kind: 'projected',
};

/** Every supported CRS, CRS84 (the default) first — the order used in a collection's `crs` list. */
export const SUPPORTED_CRS: readonly SupportedCrs[] = [
  CRS84,
  EPSG_4326,
  EPSG_3857,
  EPSG_4756,
  EPSG_3405,
  EPSG_3406,
  EPSG_5897,
  EPSG_9214,
];
