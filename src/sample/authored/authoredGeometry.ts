/**
 * Shared pieces for the authored layers: the river in metres, Feature builders converting planar
 * metres to lon/lat, and a line helper that runs a bridge from bank to bank.
 */
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { HUE_FRAME, type XY } from '../geo/LocalFrame.ts';
import { pointInPolygon, ringSignedArea, type RingXY } from '../geo/planar.ts';
import { layerFeature } from '../readLayerGeoJson.ts';

/** The authored Perfume River polygon in metres (outer ring, then the islet hole). */
export function riverRings(): RingXY[] {
  const geometry = layerFeature('perfume-river', 'song-huong-city').geometry as Polygon;
  return geometry.coordinates.map((ring) => ring.map((p) => HUE_FRAME.toXY(p)));
}

/** A LineString feature from points in metres. */
export function lineFeature(id: string, points: XY[], properties: Record<string, unknown>): Feature<LineString> {
  return { type: 'Feature', id, geometry: { type: 'LineString', coordinates: points.map((p) => HUE_FRAME.toLonLat(p)) }, properties };
}

/** A Polygon feature from rings in metres (outer ring made counter-clockwise, holes clockwise). */
export function polygonFeature(id: string, rings: RingXY[], properties: Record<string, unknown>): Feature<Polygon> {
  const oriented = rings.map((r, i) => ((ringSignedArea(r) > 0) === (i === 0) ? r : [...r].reverse()));
  return { type: 'Feature', id, geometry: { type: 'Polygon', coordinates: oriented.map((r) => r.map((p) => HUE_FRAME.toLonLat(p))) }, properties };
}

/** A Point feature from a position in metres. */
export function pointFeature(id: string, p: XY, properties: Record<string, unknown>): Feature<Point> {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: HUE_FRAME.toLonLat(p) }, properties };
}

/**
 * A bridge axis through `centre` (metres, inside the river) at `bearingDeg`, running out of the water
 * on both sides and `landingM` metres onto each bank.
 */
export function bridgeAxis(centre: XY, bearingDeg: number, river: RingXY[], landingM = 25): [XY, XY] {
  const b = (bearingDeg * Math.PI) / 180;
  const dir: XY = [Math.sin(b), Math.cos(b)];
  const end = (sign: number): XY => {
    let d = 0;
    while (pointInPolygon([centre[0] + sign * dir[0] * d, centre[1] + sign * dir[1] * d], river)) d += 1;
    d += landingM;
    return [centre[0] + sign * dir[0] * d, centre[1] + sign * dir[1] * d];
  };
  return [end(-1), end(1)];
}
