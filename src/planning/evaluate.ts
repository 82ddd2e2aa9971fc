/**
 * The compliance engine (pure; runs in the browser and on the server). Projects everything into a
 * local metric frame, finds each building's zones through a grid index, measures height, coverage,
 * FAR, setbacks, uses and view cones, and reports per building the rules broken, measured vs allowed.
 * A building straddling zones is held to the stricter limit of each kind and lists every zone.
 */
import { buildingHeightM, buildingLevels } from './buildingHeight.ts';
import { GridIndex } from './geometry/GridIndex.ts';
import { LocalProjection } from './geometry/LocalProjection.ts';
import { toPlanarPolygon, type PlanarPolygon } from './geometry/PlanarPolygon.ts';
import { PlanarViewCone } from './geometry/PlanarViewCone.ts';
import { pointInPolygon } from './geometry/pointInPolygon.ts';
import { segmentDistance } from './geometry/segmentDistance.ts';
import type { PlanningBuilding } from './PlanningBuilding.ts';
import type { PlanningParcel } from './PlanningParcel.ts';
import type { PlanningZone } from './PlanningZone.ts';
import { isMaxKind, type ForbiddenUseRule, type LimitRule, type LimitRuleKind, type NoNewConstructionRule, type Rule, type ViewConeRule } from './Rule.ts';
import { HIGH_RISE_M, LENGTH_TOLERANCE_M, RATIO_TOLERANCE } from './tolerances.ts';
import type { BuildingCompliance, Violation } from './Violation.ts';

/** Extra inputs of {@link evaluate}. */
export interface EvaluateOptions {
  /** Parcels for coverage, FAR and setbacks (buildings without a parcel skip those rules). */
  parcels?: readonly PlanningParcel[];
  /** Origin of the metric frame `[lon, lat]`; default: the first zone's first vertex. */
  origin?: [number, number];
}

/** Grid cell size for zones, m. */
const ZONE_CELL_M = 250;
/** Grid cell size for parcel look-ups, m. */
const PARCEL_CELL_M = 60;

interface ZoneRules {
  limits: LimitRule[];
  forbidden: ForbiddenUseRule[];
  noNew: NoNewConstructionRule[];
}

interface ParcelSite {
  polygon: PlanarPolygon;
  footprintM2: number;
  floorM2: number;
}

const ORDER: LimitRuleKind[] = ['max-height', 'heritage-height', 'max-coverage', 'max-far', 'min-setback-front', 'min-setback-side'];

function firstVertex(g: PlanningZone['geometry']): [number, number] {
  const p = g.type === 'Polygon' ? g.coordinates[0]![0]! : g.coordinates[0]![0]![0]!;
  return [p[0]!, p[1]!];
}

/** Min distance in m from any outer-ring vertex of `fp` to the parcel's ring edge `edge` (0-based). */
function edgeDistance(fp: PlanarPolygon, ring: Float64Array, edge: number): number {
  const ax = ring[2 * edge]!, ay = ring[2 * edge + 1]!, bx = ring[2 * edge + 2]!, by = ring[2 * edge + 3]!;
  let min = Infinity;
  for (const rings of fp.parts) {
    const r = rings[0]!;
    for (let i = 0; i + 1 < r.length; i += 2) {
      const d = segmentDistance(r[i]!, r[i + 1]!, ax, ay, bx, by);
      if (d < min) min = d;
    }
  }
  return min;
}

/**
 * Evaluates `buildings` against `rules` over `zones`; returns one result per building, in order.
 * Heights: `heightM`, else levels × 3.3 m. Coverage = footprints on the parcel / parcel area;
 * FAR = Σ footprint × levels / parcel area. Setbacks: from the parcel's front edge (its first edge)
 * and the two edges next to it.
 */
export function evaluate(
  buildings: readonly PlanningBuilding[],
  zones: readonly PlanningZone[],
  rules: readonly Rule[],
  options: EvaluateOptions = {},
): BuildingCompliance[] {
  const origin = options.origin ?? (zones[0] ? firstVertex(zones[0].geometry) : buildings[0] ? firstVertex(buildings[0].footprint) : [0, 0]);
  const proj = new LocalProjection(origin);
  const planarZones = zones.map((z) => toPlanarPolygon(z.geometry, proj));
  const zoneGrid = new GridIndex(planarZones, ZONE_CELL_M);
  const byZone = new Map<string, ZoneRules>();
  const cones: Array<{ rule: ViewConeRule; cone: PlanarViewCone }> = [];
  for (const rule of rules) {
    if (rule.kind === 'view-cone') {
      const [lon, lat] = rule.viewpoint.position;
      cones.push({ rule, cone: new PlanarViewCone(proj.x(lon), proj.y(lat), rule.viewpoint.eyeHeightM, rule.cone) });
      continue;
    }
    let entry = byZone.get(rule.zoneId);
    if (!entry) byZone.set(rule.zoneId, (entry = { limits: [], forbidden: [], noNew: [] }));
    if (rule.kind === 'forbidden-use') entry.forbidden.push(rule);
    else if (rule.kind === 'no-new-construction') entry.noNew.push(rule);
    else entry.limits.push(rule);
  }

  // Footprints, heights, and the parcel each building stands on.
  const fps = buildings.map((b) => toPlanarPolygon(b.footprint, proj));
  const parcelById = new Map<string, PlanningParcel>();
  for (const p of options.parcels ?? []) parcelById.set(p.id, p);
  const sites = new Map<string, ParcelSite>();
  let parcelGrid: { grid: GridIndex<PlanarPolygon>; ids: string[] } | undefined;
  const siteOf = (b: PlanningBuilding, fp: PlanarPolygon): { id: string; site: ParcelSite } | undefined => {
    let id = b.parcelId ?? undefined;
    if (id === undefined || !parcelById.has(id)) {
      if (parcelById.size === 0) return undefined;
      if (!parcelGrid) {
        const ids = [...parcelById.keys()];
        parcelGrid = { ids, grid: new GridIndex(ids.map((pid) => toPlanarPolygon(parcelById.get(pid)!.geometry, proj)), PARCEL_CELL_M) };
      }
      const hit = parcelGrid.grid.at(fp.cx, fp.cy).find((i) => pointInPolygon(fp.cx, fp.cy, parcelGrid!.grid.items[i]!));
      if (hit === undefined) return undefined;
      id = parcelGrid.ids[hit]!;
    }
    let site = sites.get(id);
    if (!site) sites.set(id, (site = { polygon: toPlanarPolygon(parcelById.get(id)!.geometry, proj), footprintM2: 0, floorM2: 0 }));
    return { id, site };
  };
  const heights = new Float64Array(buildings.length);
  const buildingSites: Array<ParcelSite | undefined> = new Array(buildings.length);
  buildings.forEach((b, i) => {
    heights[i] = buildingHeightM(b);
    const found = siteOf(b, fps[i]!);
    buildingSites[i] = found?.site;
    if (found) {
      found.site.footprintM2 += fps[i]!.area;
      found.site.floorM2 += fps[i]!.area * buildingLevels(b);
    }
  });

  const results: BuildingCompliance[] = new Array(buildings.length);
  for (let i = 0; i < buildings.length; i++) {
    const b = buildings[i]!, fp = fps[i]!, height = heights[i]!;
    // Zones: any outer-ring vertex or the centroid inside.
    const zoneIdx: number[] = [];
    for (const z of zoneGrid.near(fp)) {
      const zp = planarZones[z]!;
      if (fp.maxX < zp.minX || fp.minX > zp.maxX || fp.maxY < zp.minY || fp.minY > zp.maxY) continue;
      let inside = pointInPolygon(fp.cx, fp.cy, zp);
      for (let k = 0; !inside && k < fp.parts.length; k++) {
        const r = fp.parts[k]![0]!;
        for (let v = 0; v + 2 < r.length; v += 2) if (pointInPolygon(r[v]!, r[v + 1]!, zp)) { inside = true; break; }
      }
      if (inside) zoneIdx.push(z);
    }
    const violations: Violation[] = [];
    const site = buildingSites[i];
    // Strictest limit of each kind over all zones the building lies in.
    const strictest = new Map<LimitRuleKind, LimitRule>();
    const uses: string[] = [];
    if (b.use) uses.push(b.use);
    if (height > HIGH_RISE_M + LENGTH_TOLERANCE_M) uses.push('high-rise');
    for (const z of zoneIdx) {
      const zr = byZone.get(zones[z]!.id);
      if (!zr) continue;
      for (const rule of zr.limits) {
        const cur = strictest.get(rule.kind);
        if (!cur || (isMaxKind(rule.kind) ? rule.limit < cur.limit : rule.limit > cur.limit)) strictest.set(rule.kind, rule);
      }
      if (b.proposal) for (const rule of zr.noNew) {
        violations.push({ ruleId: rule.id, kind: rule.kind, zoneId: rule.zoneId, measured: b.proposal === 'new' ? 'new building' : 'added height', allowed: 'no new construction', excess: null, severity: rule.severity });
      }
      for (const rule of zr.forbidden) {
        const bad = uses.find((u) => rule.uses.includes(u));
        if (bad) violations.push({ ruleId: rule.id, kind: rule.kind, zoneId: rule.zoneId, measured: bad, allowed: `not ${rule.uses.join(', ')}`, excess: null, severity: rule.severity });
      }
    }
    for (const kind of ORDER) {
      const rule = strictest.get(kind);
      if (!rule) continue;
      let measured: number;
      if (kind === 'max-height' || kind === 'heritage-height') measured = height;
      else if (!site || site.polygon.area <= 0) continue;
      else if (kind === 'max-coverage') measured = site.footprintM2 / site.polygon.area;
      else if (kind === 'max-far') measured = site.floorM2 / site.polygon.area;
      else {
        const ring = site.polygon.parts[0]![0]!;
        const edges = ring.length / 2 - 1;
        if (edges < 3) continue;
        measured = kind === 'min-setback-front' ? edgeDistance(fp, ring, 0) : Math.min(edgeDistance(fp, ring, 1), edgeDistance(fp, ring, edges - 1));
      }
      const tolerance = kind === 'max-coverage' || kind === 'max-far' ? RATIO_TOLERANCE : LENGTH_TOLERANCE_M;
      const excess = isMaxKind(kind) ? measured - rule.limit : rule.limit - measured;
      if (excess > tolerance) violations.push({ ruleId: rule.id, kind, zoneId: rule.zoneId, measured: round(measured), allowed: rule.limit, excess: round(excess), severity: rule.severity });
    }
    for (const { rule, cone } of cones) {
      const near = cone.nearestPoint(fp);
      if (!near) continue;
      const allowed = cone.allowedHeightAt(near.d);
      if (height - allowed <= LENGTH_TOLERANCE_M) continue;
      const [lon, lat] = proj.toLonLat(near.x, near.y);
      violations.push({
        ruleId: rule.id, kind: 'view-cone', measured: round(height), allowed: round(allowed), excess: round(height - allowed), severity: rule.severity,
        lineOfSight: { from: [...rule.viewpoint.position, rule.viewpoint.eyeHeightM], to: [lon, lat, round(allowed)], top: [lon, lat, round(height)], distanceM: round(near.d) },
      });
    }
    results[i] = { buildingId: b.id, zoneIds: zoneIdx.map((z) => zones[z]!.id), violations };
  }
  return results;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
