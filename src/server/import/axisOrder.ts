/**
 * File formats (Shapefile, GeoPackage, GeoJSON, CSV, OSM) store x = easting/longitude and
 * y = northing/latitude whatever the CRS's official axis order ("traditional GIS order", as GDAL's
 * OAMS_TRADITIONAL_GIS_ORDER). This builds the transformer from such coordinates to CRS84.
 */
import { makeTransformer, type PositionTransformer } from '../../geo/crs/transformCoordinates.ts';
import { CRS84, type SupportedCrs } from '../../geo/crs/supportedCrs.ts';

/** A transformer from x/y-ordered coordinates in `crs` to CRS84 lon/lat; undefined when nothing changes (CRS84, EPSG:4326). */
export function fileToCrs84(crs: SupportedCrs): PositionTransformer | undefined {
  if (crs.kind === 'geographic' && !crs.proj4.includes('+towgs84')) return undefined;
  const transform = makeTransformer(crs, CRS84);
  if (crs.axisOrder === 'east-north') return transform;
  return (position) => {
    const swapped = position.slice();
    swapped[0] = position[1]!;
    swapped[1] = position[0]!;
    return transform(swapped);
  };
}
