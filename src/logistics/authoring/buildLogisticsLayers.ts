/**
 * Builds the four logistics sample layers (network, facilities, flows, flood zones) from the city's
 * authored streets, the national road centrelines (LegoCity open data), the OpenStreetMap North–South
 * railway (HOT export) and the authored facility list. Derived lines are clipped to the Huế region
 * and simplified (10–15 m), so the repository holds small authored files, not the datasets.
 */
import { closestOnSegment, distanceM, type LonLat } from '../geodesy.ts';
import { insidePolygon } from '../floodZones.ts';
import { LogisticsGraph, modeOfClass, type NetworkSegment } from '../LogisticsGraph.ts';
import { nodeNetwork } from '../nodeNetwork.ts';
import { networkComponents } from '../networkComponents.ts';
import { pathEdges, searchGraph } from '../searchGraph.ts';
import { AUTHORED_FACILITIES } from './authoredFacilities.ts';
import { AUTHORED_FLOOD_ZONES } from './authoredFloodZones.ts';
import { authoredFlows } from './authoredFlows.ts';
import { simplifyLine } from './simplifyLine.ts';

/** A GeoJSON feature as written to layers/ (string id, plain properties). */
export interface OutFeature {
  type: 'Feature';
  id: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

/** A GeoJSON FeatureCollection as written to layers/. */
export interface OutCollection {
  type: 'FeatureCollection';
  features: OutFeature[];
}

/** Input GeoJSON (only what the builder reads). */
export interface InCollection {
  features: Array<{ id?: string | number; properties: Record<string, unknown> | null; geometry: { type: string; coordinates: unknown } }>;
}

/** The inputs of {@link buildLogisticsLayers}. */
export interface LogisticsSources {
  /** layers/streets.geojson */
  streets: InCollection;
  /** layers/citadel-walls.geojson (the `kinh-thanh` outline bans trucks inside). */
  citadelWalls: InCollection;
  /** layers/perfume-river.geojson (loose street ends are not joined across it). */
  perfumeRiver: InCollection;
  /** ../shared/data/roads-national-legocity/national_roads_rail_hue_bbox.geojson */
  nationalRoads: InCollection;
  /** ../shared/data/osm-hot-logistics/railways_lines_hue_bbox.geojson */
  osmRailways: InCollection;
}

/** The region the network covers (Phong Điền – Lăng Cô), lon/lat degrees. */
const REGION = { minLon: 107.3, maxLon: 108.12, minLat: 16.15, maxLat: 16.7 };
const inRegion = (p: LonLat) => p[0] >= REGION.minLon && p[0] <= REGION.maxLon && p[1] >= REGION.minLat && p[1] <= REGION.maxLat;
const round = (p: LonLat): LonLat => [Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7];

const LEGOCITY = 'LegoCity open data (CTU-SematX/LegoCity, opendata/giaothong, CC BY 4.0)';
const OSM = 'OpenStreetMap contributors (ODbL 1.0), HOT export';

function partsOf(geometry: { type: string; coordinates: unknown }): LonLat[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates as LonLat[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as LonLat[][];
  return [];
}

/** The longest run of consecutive vertices inside the region. */
function clip(line: readonly LonLat[]): LonLat[] {
  let best: LonLat[] = [];
  let run: LonLat[] = [];
  for (const p of line) {
    if (inRegion(p)) run.push(p);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  return best;
}

/** Merges touching parts (end to start, in order) into one line. */
function joinParts(parts: LonLat[][]): LonLat[] {
  const out: LonLat[] = [];
  for (const part of parts) {
    for (const p of part) if (!out.length || distanceM(out[out.length - 1], p) > 0.01) out.push(p);
  }
  return out;
}

/** The nearest point on `lines` to `p`. */
function nearestOn(p: LonLat, lines: readonly LonLat[][]): { point: LonLat; distanceM: number } {
  let best = { point: p, distanceM: Infinity };
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const c = closestOnSegment(p, line[i], line[i + 1]);
      if (c.distanceM < best.distanceM) best = { point: c.point, distanceM: c.distanceM };
    }
  }
  return best;
}

/**
 * The North–South railway main line through the region from the OpenStreetMap ways. The HOT export
 * has gaps (some ways are missing), so the line is chained from the export's connected pieces, west
 * to east (the line runs monotonically eastwards from Phong Điền to Lăng Cô), and the gaps are
 * bridged by straight lines. Returns the line and the bridged length in metres.
 */
function railMainLine(osm: InCollection): { line: LonLat[]; bridgedM: number } {
  const segments: NetworkSegment[] = [];
  osm.features.forEach((f, i) => {
    for (const part of partsOf(f.geometry)) {
      const inside = clip(part);
      if (inside.length >= 2) segments.push({ id: `w${i}`, coordinates: inside, properties: { class: 'railway' } });
    }
  });
  const graph = LogisticsGraph.build(segments);
  const components = networkComponents(graph, { profile: 'rail', metric: 'distance' });
  const members = new Map<number, number[]>();
  for (let n = 0; n < graph.nodeCount; n++) {
    const label = components.label[n];
    if (label < 0) continue;
    const list = members.get(label);
    if (list) list.push(n);
    else members.set(label, [n]);
  }
  const pieces: LonLat[][] = [];
  for (const nodes of members.values()) {
    const west = nodes.reduce((a, b) => (graph.nodeLon[b] < graph.nodeLon[a] ? b : a));
    const east = nodes.reduce((a, b) => (graph.nodeLon[b] > graph.nodeLon[a] ? b : a));
    const search = searchGraph(graph, { profile: 'rail', metric: 'distance', sources: [{ node: west, cost: 0 }], targets: [{ node: east, cost: 0 }] });
    if (search.goal === -1 || search.goalCost < 300) continue;
    const line: LonLat[] = [graph.node(west)];
    for (const step of pathEdges(search, search.goal)) {
      const coords = graph.edgeCoordinates[step.edge];
      line.push(...(graph.edgeFrom[step.edge] === step.from ? coords : [...coords].reverse()).slice(1));
    }
    pieces.push(line);
  }
  pieces.sort((a, b) => a[0][0] - b[0][0]);
  const out: LonLat[] = [];
  let bridgedM = 0;
  for (const piece of pieces) {
    const lastLon = out.length ? out[out.length - 1][0] : -Infinity;
    const rest = piece.filter((p) => p[0] > lastLon + 1e-4);
    if (rest.length < 2) continue;
    if (out.length) bridgedM += distanceM(out[out.length - 1], rest[0]);
    out.push(...rest);
  }
  if (out.length < 2) throw new Error('the OSM railway export has no usable ways in the region');
  return { line: simplifyLine(out, 10).map(round), bridgedM };
}

/**
 * Extends every road line whose end touches no other road to the nearest point of another road
 * within `maxM` metres, unless the join would cross the river (no invented bridges); the join is
 * noted in the feature's source.
 */
function joinLooseEnds(network: OutFeature[], maxM: number, river: LonLat[][]): void {
  const roads = network.filter((f) => f.properties.class !== 'railway');
  const overWater = (a: LonLat, b: LonLat) => [0.2, 0.4, 0.5, 0.6, 0.8].some((t) => insidePolygon([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], river));
  for (const f of roads) {
    const coords = f.geometry.coordinates as LonLat[];
    const joins: number[] = [];
    for (const atStart of [true, false]) {
      const end = atStart ? coords[0] : coords[coords.length - 1];
      const candidates = roads
        .filter((o) => o !== f)
        .map((o) => nearestOn(end, [o.geometry.coordinates as LonLat[]]))
        .sort((a, b) => a.distanceM - b.distanceM);
      if (candidates.length === 0 || candidates[0].distanceM < 0.5) continue;
      const near = candidates.find((c) => c.distanceM <= maxM && !overWater(end, c.point));
      if (!near) continue;
      if (atStart) coords.unshift(round(near.point));
      else coords.push(round(near.point));
      joins.push(Math.round(near.distanceM));
    }
    if (joins.length) f.properties.source = `${String(f.properties.source)}; loose end(s) joined to the nearest road (${joins.join(', ')} m)`;
  }
}

/**
 * Writes every junction (crossing, T-junction) into both lines as a shared vertex, so the file is
 * noded already: any client can route on it by joining lines at equal coordinates.
 */
function insertJunctionVertices(network: OutFeature[]): void {
  const noded = nodeNetwork(network.map((f) => ({ id: f.id, coordinates: f.geometry.coordinates as LonLat[], mode: modeOfClass(String(f.properties.class)) })));
  const rebuilt = network.map((): LonLat[] => []);
  for (const edge of noded.edges) {
    const out = rebuilt[edge.line];
    out.push(...(out.length ? edge.coordinates.slice(1) : edge.coordinates));
  }
  network.forEach((f, i) => {
    if (rebuilt[i].length >= 2) f.geometry.coordinates = rebuilt[i].map(round);
  });
}

/** Builds the layers; see the module comment. */
export function buildLogisticsLayers(sources: LogisticsSources): Record<'logistics-network' | 'logistics-facilities' | 'logistics-flows' | 'logistics-flood-zones', OutCollection> {
  const citadel = sources.citadelWalls.features.find((f) => f.id === 'kinh-thanh');
  if (!citadel) throw new Error('citadel-walls has no "kinh-thanh" outline');
  const citadelRings = citadel.geometry.coordinates as LonLat[][];
  const network: OutFeature[] = [];
  const add = (id: string, coords: LonLat[], properties: Record<string, unknown>) =>
    network.push({ type: 'Feature', id, properties: { synthetic: true, oneway: false, truck_banned: false, ...properties }, geometry: { type: 'LineString', coordinates: coords.map(round) } });

  // City main streets and bridges (authored in src/sample/authored); trucks are banned inside the Citadel.
  const STREET_CLASSES = new Set(['primary', 'secondary', 'tertiary', 'bridge']);
  const LOAD_LIMITS: Record<string, number> = { 'cau-truong-tien': 8 };
  for (const f of sources.streets.features) {
    const p = f.properties ?? {};
    if (!STREET_CLASSES.has(String(p.class))) continue;
    const coords = partsOf(f.geometry)[0];
    const inside = coords.filter((c) => insidePolygon(c, citadelRings)).length;
    const id = String(f.id);
    add(id, coords, {
      name_vi: p.name_vi, name_en: p.name_en, class: p.class,
      truck_banned: inside * 2 > coords.length,
      ...(LOAD_LIMITS[id] ? { max_weight_t: LOAD_LIMITS[id] } : {}),
      source: `approximate: city street from layers/streets.geojson${inside * 2 > coords.length ? '; inside the Citadel, where trucks are banned' : ''}${LOAD_LIMITS[id] ? `; load limit ${LOAD_LIMITS[id]} t is a synthetic planning assumption` : ''}`,
    });
  }

  // National highways from the LegoCity centrelines, clipped to the region and simplified.
  const byGid = new Map(sources.nationalRoads.features.map((f) => [Number(f.properties?.gid), f]));
  const national = (gid: number): LonLat[] => {
    const f = byGid.get(gid);
    if (!f) throw new Error(`national roads: no feature with gid ${gid}`);
    return simplifyLine(clip(joinParts(partsOf(f.geometry))), 15);
  };
  const ql1aNorthFull = national(328);
  // gid 328 crosses the city as one straight 5 km chord through the Citadel; the city streets and
  // Lý Thái Tổ street carry QL1A there instead.
  const gap = ql1aNorthFull.findIndex((p, i) => i > 0 && distanceM(ql1aNorthFull[i - 1], p) > 4000);
  if (gap < 0) throw new Error('national roads: QL1A gid 328 no longer has its city chord');
  const ql1aSouthCity = ql1aNorthFull.slice(0, gap);
  const ql1aNorth = ql1aNorthFull.slice(gap);
  const trunk = (name_vi: string, name_en: string, ref: string, source: string) => ({ name_vi, name_en, ref, class: 'trunk', source });
  const legoSource = (what: string) => `approximate: ${what} centreline from ${LEGOCITY}, clipped and simplified (15 m)`;
  add('ql1a-lang-co-phu-loc', national(377), trunk('Quốc lộ 1A', 'National Highway 1A', 'QL1A', legoSource('QL1A (Lăng Cô – Phú Lộc)')));
  add('ql1a-phu-loc-hue', ql1aSouthCity, trunk('Quốc lộ 1A', 'National Highway 1A', 'QL1A', legoSource('QL1A (Phú Lộc – Phú Bài – Huế)')));
  add('ql1a-hue-phong-dien', ql1aNorth, trunk('Quốc lộ 1A', 'National Highway 1A', 'QL1A', legoSource('QL1A (Huế – Phong Điền)')));
  const bypass = national(334);
  add('ql1a-tranh-hue', bypass, trunk('Tuyến tránh Huế (QL1A)', 'Huế bypass (QL1A)', 'QL1A', legoSource('Huế bypass')));
  const ql49 = national(343);
  add('ql49-hue-a-luoi', ql49, trunk('Quốc lộ 49', 'National Highway 49', 'QL49', legoSource('QL49 (towards A Lưới)')));

  // Authored links that join the national roads to the city streets (sketched, approximate).
  const street = (id: string) => {
    const f = sources.streets.features.find((s) => s.id === id);
    if (!f) throw new Error(`streets: no "${id}"`);
    return partsOf(f.geometry)[0];
  };
  const link = (id: string, coords: LonLat[], props: Record<string, unknown>) => add(id, coords, { ...props, source: `approximate: link sketched from published maps to join the network, ±100–300 m` });
  const hungVuong = street('hung-vuong');
  link('ql1a-noi-hung-vuong', [ql1aSouthCity[ql1aSouthCity.length - 1], nearestOn(ql1aSouthCity[ql1aSouthCity.length - 1], [hungVuong]).point], { name_vi: 'Quốc lộ 1A (nối đường Hùng Vương)', name_en: 'QL1A link to Hùng Vương Street', ref: 'QL1A', class: 'primary' });
  const leDuan = street('le-duan');
  link('ly-thai-to', [leDuan[0], [107.5645, 16.47], [107.5595, 16.4785], ql1aNorth[0]], { name_vi: 'Đường Lý Thái Tổ (Quốc lộ 1A)', name_en: 'Lý Thái Tổ Street (QL1A)', ref: 'QL1A', class: 'primary' });
  link('noi-tranh-hue-phu-bai', [bypass[bypass.length - 1], nearestOn(bypass[bypass.length - 1], [ql1aSouthCity]).point], { name_vi: 'Nút giao tuyến tránh Huế – QL1A', name_en: 'Huế bypass – QL1A junction', ref: 'QL1A', class: 'trunk' });
  link('noi-ql49-tranh-hue', [ql49[0], bypass[0]], { name_vi: 'Nút giao QL49 – tuyến tránh Huế', name_en: 'QL49 – Huế bypass junction', ref: 'QL49', class: 'trunk' });
  const dienBienPhu = street('dien-bien-phu');
  link('minh-mang', [dienBienPhu[dienBienPhu.length - 1], [107.575, 16.425], [107.567, 16.405], bypass[0]], { name_vi: 'Đường Minh Mạng', name_en: 'Minh Mạng Road', class: 'secondary' });
  const baTrieu = street('ba-trieu');
  link('ql49a-hue-thuan-an', [baTrieu[baTrieu.length - 1], [107.616, 16.488], [107.624, 16.515], [107.63, 16.54], [107.6315, 16.5525]], { name_vi: 'Quốc lộ 49A (Huế – Thuận An)', name_en: 'National Highway 49A (Huế – Thuận An)', ref: 'QL49A', class: 'trunk' });

  // The sketched streets were drawn one by one and many stop short of the street they meet: join
  // each loose end to the nearest other road within 500 m (extending the line to it).
  const river = sources.perfumeRiver.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates as LonLat[][]] : []));
  joinLooseEnds(network, 500, river.flat());

  // The North–South railway main line (OSM).
  const { line: rail, bridgedM } = railMainLine(sources.osmRailways);
  add('duong-sat-bac-nam', rail, {
    name_vi: 'Đường sắt Bắc – Nam', name_en: 'North–South railway', class: 'railway',
    source: `approximate: main line chained from the OpenStreetMap railway ways (${OSM}), simplified (10 m); ${Math.round(bridgedM / 100) / 10} km of gaps in the export bridged by straight lines`,
  });

  // Facilities: rail facilities move onto the railway; every facility gets an access road when it is off the roads.
  const roads = () => network.filter((f) => f.properties.class !== 'railway' && f.properties.truck_banned !== true).map((f) => f.geometry.coordinates as LonLat[]);
  const facilities: OutFeature[] = [];
  for (const fac of AUTHORED_FACILITIES) {
    const onRail = fac.kind === 'rail_station' || fac.kind === 'freight_yard';
    const position = round(onRail ? nearestOn(fac.position, [rail]).point : fac.position);
    const moved = distanceM(position, fac.position);
    const synthetic = !fac.publishedPosition || moved > 100;
    facilities.push({
      type: 'Feature',
      id: fac.id,
      properties: {
        name_vi: fac.name_vi, name_en: fac.name_en, kind: fac.kind, stages: fac.stages, stages_csv: fac.stages.join(','),
        capacity: fac.capacity, capacity_unit: fac.capacity_unit, operator: fac.operator,
        synthetic: true,
        synthetic_attributes: synthetic ? ['position', 'operator', 'capacity'] : ['operator', 'capacity'],
        position_published: !synthetic,
        source: `${fac.positionSource}${onRail ? ` (moved ${Math.round(moved)} m onto the railway)` : ''}; operator and capacity are synthetic (approximate sample values)`,
      },
      geometry: { type: 'Point', coordinates: position },
    });
    const access = nearestOn(position, roads());
    if (access.distanceM > 20) {
      add(`vao-${fac.id}`, [position, access.point], {
        name_vi: `Đường vào ${fac.name_vi}`, name_en: `Access road to ${fac.name_en}`, class: 'access',
        source: `approximate: straight synthetic access road from the facility to the nearest road (${Math.round(access.distanceM)} m)`,
      });
    }
  }

  insertJunctionVertices(network);

  const floodZones: OutFeature[] = AUTHORED_FLOOD_ZONES.map((z) => ({
    type: 'Feature',
    id: z.id,
    properties: { name_vi: z.name_vi, name_en: z.name_en, ground_elevation_m: z.groundElevationM, synthetic: true, source: `approximate: synthetic low-lying zone sketched along the river/lagoon; ground elevation is an assumption, not a survey (no DEM)` },
    geometry: { type: 'Polygon', coordinates: [[...z.ring, z.ring[0]].map(round)] },
  }));

  const byId = new Map(facilities.map((f) => [f.id, f.geometry.coordinates as LonLat]));
  const flows: OutFeature[] = authoredFlows().map((flow) => ({
    type: 'Feature',
    id: flow.id,
    properties: {
      name_vi: `${flow.commodity_vi}: ${flow.from} → ${flow.to}`, name_en: `${flow.commodity}: ${flow.from} → ${flow.to}`,
      from_facility: flow.from, to_facility: flow.to, commodity: flow.commodity, period: flow.period, volume_t: flow.volumeT,
      synthetic: true, source: 'approximate: synthetic monthly volumes generated for the sample (seeded), not statistics',
    },
    geometry: { type: 'LineString', coordinates: [byId.get(flow.from)!, byId.get(flow.to)!] },
  }));

  return {
    'logistics-network': { type: 'FeatureCollection', features: network },
    'logistics-facilities': { type: 'FeatureCollection', features: facilities },
    'logistics-flows': { type: 'FeatureCollection', features: flows },
    'logistics-flood-zones': { type: 'FeatureCollection', features: floodZones },
  };
}
