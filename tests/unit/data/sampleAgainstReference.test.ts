/**
 * Checks the authored sample layers (layers/*.geojson) against the open reference data in
 * ../shared/data (UNESCO WHC 678, OpenStreetMap HOT export, OurAirports, dvhcvn 2019 outlines) and
 * against each other (Citadel vs river, banks of the river).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  haversineM,
  linesOf,
  meridianCrossings,
  pointInPolygon,
  pointLineDistanceM,
  polygonsIntersect,
  polygonsOf,
  ringAreaM2,
  ringCentroid,
  readGeoJson,
  type Feature,
  type FeatureCollection,
  type Position,
  type Ring,
} from './geometryHelpers.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = path.resolve(repoRoot, '../shared/data');
const layer = (id: string) => readGeoJson(path.join(repoRoot, 'layers', `${id}.geojson`));

function byId(fc: FeatureCollection, id: string): Feature {
  const f = fc.features.find((x) => x.id === id);
  if (!f) throw new Error(`feature "${id}" missing`);
  return f;
}
const pointOf = (f: Feature) => f.geometry.coordinates as Position;
const polygonOf = (f: Feature): Ring[] => polygonsOf(f.geometry)[0];

/** Rough bbox of Huế city and its royal tombs: lon 107.45–107.75, lat 16.30–16.55. */
const CITY = { minLon: 107.45, maxLon: 107.75, minLat: 16.3, maxLat: 16.55 };

let monuments: FeatureCollection;
let walls: FeatureCollection;
let river: Ring[];
let hubs: FeatureCollection;
let citadel: Ring[];
let imperialCity: Ring[];

beforeAll(() => {
  monuments = layer('heritage-monuments');
  walls = layer('citadel-walls');
  hubs = layer('transport-hubs');
  const riverFc = layer('perfume-river');
  expect(riverFc.features).toHaveLength(1);
  river = polygonOf(riverFc.features[0]);
  citadel = polygonOf(byId(walls, 'kinh-thanh'));
  imperialCity = polygonOf(byId(walls, 'hoang-thanh'));
});

describe('heritage-monuments against UNESCO WHC 678', () => {
  it('has the monuments of the brief', () => {
    const ids = monuments.features.map((f) => f.id);
    for (const id of ['kinh-thanh', 'ngo-mon', 'dien-thai-hoa', 'ky-dai', 'chua-thien-mu', 'ho-quyen', 'dan-nam-giao',
      'lang-gia-long', 'lang-minh-mang', 'lang-thieu-tri', 'lang-tu-duc', 'lang-dong-khanh', 'lang-khai-dinh']) {
      expect(ids).toContain(id);
    }
    for (const f of monuments.features) {
      expect(f.properties?.dynasty).toBe('Nguyễn');
      expect(f.properties?.unesco_ref).toBe('678');
      expect(Number.isInteger(f.properties?.built)).toBe(true);
      expect(f.properties?.built as number).toBeGreaterThanOrEqual(1601);
      expect(f.properties?.built as number).toBeLessThanOrEqual(1931);
    }
  });

  it('puts the UNESCO reference point within 1 km of the Citadel point, inside the Imperial City outline', () => {
    const unesco = readGeoJson(path.join(shared, 'heritage-unesco-whc/whc_678_point.geojson'));
    const ref = unesco.features[0].geometry.coordinates as Position;
    expect(ref).toEqual([107.57778, 16.46944]);
    expect(haversineM(ref, pointOf(byId(monuments, 'kinh-thanh')))).toBeLessThan(1000);
    expect(pointInPolygon(ref, imperialCity)).toBe(true);
    expect(pointInPolygon(ref, citadel)).toBe(true);
  });

  it('keeps every monument inside the rough bbox of Huế', () => {
    for (const f of monuments.features) {
      const [lon, lat] = pointOf(f);
      expect(lon, String(f.id)).toBeGreaterThan(CITY.minLon);
      expect(lon, String(f.id)).toBeLessThan(CITY.maxLon);
      expect(lat, String(f.id)).toBeGreaterThan(CITY.minLat);
      expect(lat, String(f.id)).toBeLessThan(CITY.maxLat);
    }
  });

  it('places the Imperial City monuments inside the outlines, and the tombs and pagoda outside the Citadel', () => {
    for (const id of ['ngo-mon', 'dien-thai-hoa', 'kinh-thanh']) expect(pointInPolygon(pointOf(byId(monuments, id)), imperialCity), id).toBe(true);
    // Kỳ Đài stands on the Citadel's front (south-east) wall.
    expect(pointLineDistanceM(pointOf(byId(monuments, 'ky-dai')), citadel[0])).toBeLessThan(100);
    for (const id of ['chua-thien-mu', 'ho-quyen', 'dan-nam-giao', 'lang-gia-long', 'lang-minh-mang', 'lang-thieu-tri',
      'lang-tu-duc', 'lang-dong-khanh', 'lang-khai-dinh']) {
      const p = pointOf(byId(monuments, id));
      expect(pointInPolygon(p, citadel), id).toBe(false);
      expect(pointInPolygon(p, river), id).toBe(false);
    }
  });

  it('keeps published distances: Thiên Mụ ~3–5 km west of the Citadel, tombs 3–20 km south', () => {
    const centre = pointOf(byId(monuments, 'kinh-thanh'));
    const thienMu = pointOf(byId(monuments, 'chua-thien-mu'));
    expect(haversineM(centre, thienMu)).toBeGreaterThan(3000);
    expect(haversineM(centre, thienMu)).toBeLessThan(5000);
    expect(thienMu[0]).toBeLessThan(centre[0]);
    for (const id of ['lang-gia-long', 'lang-minh-mang', 'lang-thieu-tri', 'lang-tu-duc', 'lang-dong-khanh', 'lang-khai-dinh']) {
      const p = pointOf(byId(monuments, id));
      expect(p[1], id).toBeLessThan(centre[1]);
      expect(haversineM(centre, p), id).toBeGreaterThan(3000);
      expect(haversineM(centre, p), id).toBeLessThan(20000);
    }
  });
});

describe('citadel-walls', () => {
  const sides = (ring: Ring) => ring.slice(1).map((p, i) => haversineM(ring[i], p));

  it('draws the Citadel as a ~2.1–2.5 km quadrilateral turned to face south-east', () => {
    const ring = citadel[0];
    expect(ring).toHaveLength(5);
    for (const s of sides(ring)) {
      expect(s).toBeGreaterThan(2000);
      expect(s).toBeLessThan(2500);
    }
    // The side from the south corner to the east corner (the front wall) runs north-east, 40–70° from north.
    const [s, e] = ring;
    const bearing = (Math.atan2((e[0] - s[0]) * Math.cos((s[1] * Math.PI) / 180), e[1] - s[1]) * 180) / Math.PI;
    expect(bearing).toBeGreaterThan(40);
    expect(bearing).toBeLessThan(70);
  });

  it('draws the Imperial City as a ~600 m square inside the Citadel', () => {
    for (const s of sides(imperialCity[0])) {
      expect(s).toBeGreaterThan(500);
      expect(s).toBeLessThan(700);
    }
    for (const p of imperialCity[0]) expect(pointInPolygon(p, citadel)).toBe(true);
  });

  it('does not overlap the Perfume River', () => {
    expect(polygonsIntersect(citadel, river)).toBe(false);
    expect(polygonsIntersect(imperialCity, river)).toBe(false);
  });

  it('stays north-east of the OSM railway, which runs outside the Citadel’s south-west wall', () => {
    const rail = readGeoJson(path.join(shared, 'osm-hot-logistics/railways_lines_hue_bbox.geojson'));
    for (const f of rail.features) for (const line of linesOf(f.geometry)) for (const p of line) expect(pointInPolygon(p, citadel)).toBe(false);
  });
});

describe('perfume-river', () => {
  it('covers a plausible area for ~7 km of a 250–400 m wide river', () => {
    const area = ringAreaM2(river[0]) - river.slice(1).reduce((a, r) => a + ringAreaM2(r), 0);
    expect(area).toBeGreaterThan(7_000 * 250 * 0.8);
    expect(area).toBeLessThan(8_000 * 400);
  });

  it('passes south of Thiên Mụ Pagoda', () => {
    const p = pointOf(byId(monuments, 'chua-thien-mu'));
    expect(pointInPolygon(p, river)).toBe(false);
    const crossings = meridianCrossings(p[0], river);
    expect(crossings.length).toBeGreaterThanOrEqual(2);
    for (const lat of crossings) expect(lat).toBeLessThan(p[1]);
    expect(p[1] - Math.max(...crossings)).toBeLessThan(0.005); // the pagoda stands on the bank, < ~550 m away
  });

  it('passes north of Huế railway station, and under Trường Tiền bridge', () => {
    const station = pointOf(byId(hubs, 'ga-hue'));
    const crossings = meridianCrossings(station[0], river);
    expect(crossings.length).toBeGreaterThanOrEqual(2);
    for (const lat of crossings) expect(lat).toBeGreaterThan(station[1]);
    expect(pointInPolygon([107.5903, 16.4679], river)).toBe(true);
  });

  it('matches the OSM railway: the Bạch Hổ bridge spans it, no other railway segment lies in it', () => {
    const rail = readGeoJson(path.join(shared, 'osm-hot-logistics/railways_lines_hue_bbox.geojson'));
    let bridgeSegmentsInRiver = 0;
    for (const f of rail.features) {
      const isBridge = f.properties?.layer != null;
      for (const line of linesOf(f.geometry)) {
        for (let i = 1; i < line.length; i++) {
          const mid: Position = [(line[i - 1][0] + line[i][0]) / 2, (line[i - 1][1] + line[i][1]) / 2];
          const inside = pointInPolygon(mid, river);
          if (isBridge && inside) bridgeSegmentsInRiver++;
          if (!isBridge) expect(inside, `railway way ${String(f.properties?.osm_id)} segment ${i} lies in the river`).toBe(false);
        }
      }
    }
    expect(bridgeSegmentsInRiver).toBeGreaterThanOrEqual(2);
  });

  it('lies next to the OSM Thiên Mụ boat landing (on the bank, not in the water)', () => {
    const ports = readGeoJson(path.join(shared, 'osm-hot-logistics/sea_ports_points_hue_bbox.geojson'));
    const landing = ports.features.find((f) => f.properties?.name === 'Thien Mu Boat Station');
    expect(landing).toBeDefined();
    const p = pointOf(landing as Feature);
    expect(pointInPolygon(p, river)).toBe(false);
    expect(pointLineDistanceM(p, river[0])).toBeLessThan(150);
  });
});

describe('transport-hubs against OSM and OurAirports', () => {
  it('puts Phú Bài within 2 km of the OurAirports VVPB runway and of the OSM aeroway points', () => {
    const oa = readGeoJson(path.join(shared, 'ourairports/phu_bai_runways_navaids.geojson'));
    const runway = oa.features.find((f) => f.properties?.airport_ident === 'VVPB' && f.properties?.layer === 'runway');
    expect(runway).toBeDefined();
    const airport = pointOf(byId(hubs, 'san-bay-phu-bai'));
    expect(pointLineDistanceM(airport, linesOf((runway as Feature).geometry)[0])).toBeLessThan(2000);
    const osm = readGeoJson(path.join(shared, 'osm-hot-logistics/airports_points_hue_bbox.geojson'));
    const nearest = Math.min(...osm.features.map((f) => haversineM(airport, pointOf(f))));
    expect(nearest).toBeLessThan(2000);
  });

  it('puts Chân Mây port within 2 km of the OSM "Chân Mây Seaport" node', () => {
    const ports = readGeoJson(path.join(shared, 'osm-hot-logistics/sea_ports_points_hue_bbox.geojson'));
    const chanMay = ports.features.find((f) => f.properties?.osm_id === 5952715497);
    expect(chanMay?.properties?.name).toBe('Chân Mây Seaport');
    expect(haversineM(pointOf(byId(hubs, 'cang-chan-may')), pointOf(chanMay as Feature))).toBeLessThan(2000);
  });

  it('puts Thuận An port (no open reference point) 8–16 km north-east of the Citadel', () => {
    const centre = pointOf(byId(monuments, 'kinh-thanh'));
    const port = pointOf(byId(hubs, 'cang-thuan-an'));
    const d = haversineM(centre, port);
    expect(d).toBeGreaterThan(8000);
    expect(d).toBeLessThan(16000);
    expect(port[0]).toBeGreaterThan(centre[0]);
    expect(port[1]).toBeGreaterThan(centre[1]);
    expect(byId(hubs, 'cang-thuan-an').properties?.synthetic).toBe(true);
  });

  it('puts Huế station within 300 m of the OSM North–South railway', () => {
    const rail = readGeoJson(path.join(shared, 'osm-hot-logistics/railways_lines_hue_bbox.geojson'));
    const station = pointOf(byId(hubs, 'ga-hue'));
    let best = Infinity;
    for (const f of rail.features) for (const line of linesOf(f.geometry)) best = Math.min(best, pointLineDistanceM(station, line));
    expect(best).toBeLessThan(300);
  });

  it('puts Đông Ba market on the north bank, outside the Citadel', () => {
    const market = pointOf(byId(hubs, 'cho-dong-ba'));
    expect(pointInPolygon(market, citadel)).toBe(false);
    expect(pointInPolygon(market, river)).toBe(false);
    expect(Math.min(...meridianCrossings(market[0], river))).toBeLessThan(market[1]);
    expect(haversineM(market, [107.5903, 16.4679])).toBeLessThan(700); // near Trường Tiền bridge
  });

  it('keeps the land hubs inside Thừa Thiên Huế (dvhcvn 2019 province outline)', () => {
    const admin = readGeoJson(path.join(shared, 'admin-dvhcvn/thua_thien_hue_province_districts.geojson'));
    const province = admin.features.find((f) => f.properties?.level === 1) as Feature;
    const inProvince = (p: Position) => polygonsOf(province.geometry).some((rings) => pointInPolygon(p, rings));
    for (const id of ['ga-hue', 'san-bay-phu-bai', 'cho-dong-ba']) expect(inProvince(pointOf(byId(hubs, id))), id).toBe(true);
  });
});

describe('admin-wards-core against the 2019 outline of the former Huế city', () => {
  it('roughly matches the former city: area within ±25 %, centroid within 1.5 km', () => {
    const admin = readGeoJson(path.join(shared, 'admin-dvhcvn/thua_thien_hue_province_districts.geojson'));
    const oldCity = admin.features.find((f) => f.properties?.name === 'Thành phố Huế') as Feature;
    const oldRing = polygonsOf(oldCity.geometry)[0][0];
    const core = polygonOf(layer('admin-wards-core').features[0])[0];
    const ratio = ringAreaM2(core) / ringAreaM2(oldRing);
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.25);
    expect(haversineM(ringCentroid(core), ringCentroid(oldRing))).toBeLessThan(1500);
    // The Citadel and the station are in the urban core.
    expect(pointInPolygon(pointOf(byId(monuments, 'kinh-thanh')), [core])).toBe(true);
    expect(pointInPolygon(pointOf(byId(hubs, 'ga-hue')), [core])).toBe(true);
  });
});
