/**
 * What the browser needs to show and re-evaluate scenarios with the same engine as the server:
 * `GET /api/planning/baseline/compliance` (the baseline's violating buildings, to colour the 3D
 * view) and `GET /api/planning/context?bbox=` (zones, viewpoints, and the buildings and parcels in a
 * box: everything the engine reads to evaluate a proposal there). Both are read-only and public,
 * like the scenarios themselves.
 */
import type { FastifyInstance } from 'fastify';
import type { MultiPolygon, Polygon } from 'geojson';
import { HttpError } from '../api/HttpError.ts';
import type { PlanningContext } from '../../planning/PlanningContext.ts';
import type { Baseline } from './loadBaseline.ts';

/** Largest box side the context endpoint serves, degrees (≈ 2.2 km at Huế). */
export const MAX_CONTEXT_SPAN_DEG = 0.02;

type Box = [number, number, number, number];

function intersects(g: Polygon | MultiPolygon, [w, s, e, n]: Box): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
  for (const p of polys) for (const q of p[0] ?? []) {
    const x = q[0]!, y = q[1]!;
    if (x < a) a = x; if (x > c) c = x; if (y < b) b = y; if (y > d) d = y;
  }
  return c >= w && a <= e && d >= s && b <= n;
}

/** Parses `minLon,minLat,maxLon,maxLat`; throws a 400 naming the parameter. */
export function parseContextBbox(raw: unknown): Box {
  const parts = typeof raw === 'string' ? raw.split(',').map(Number) : [];
  if (parts.length !== 4 || parts.some((v) => !Number.isFinite(v))) throw new HttpError(400, 'Bad request', 'bbox must be minLon,minLat,maxLon,maxLat (degrees)');
  const [w, s, e, n] = parts as Box;
  if (w > e || s > n) throw new HttpError(400, 'Bad request', 'bbox must have minLon ≤ maxLon and minLat ≤ maxLat');
  if (e - w > MAX_CONTEXT_SPAN_DEG || n - s > MAX_CONTEXT_SPAN_DEG) throw new HttpError(400, 'Bad request', `bbox may span at most ${MAX_CONTEXT_SPAN_DEG}° in each direction`);
  return [w, s, e, n];
}

/** The engine inputs inside `bbox` (all zones and viewpoints: they are few). */
export function planningContext(baseline: Baseline, bbox: Box): PlanningContext {
  return {
    origin: baseline.origin, bbox, zones: baseline.zones, viewpoints: baseline.viewpoints,
    buildings: baseline.buildings.filter((b) => intersects(b.footprint, bbox)),
    parcels: baseline.parcels.filter((p) => intersects(p.geometry, bbox)),
  };
}

/** Registers the two read-only routes; `baseline()` loads the cached baseline. */
export function planningContextRoutes(app: FastifyInstance, baseline: () => Promise<Baseline>): void {
  app.get('/api/planning/baseline/compliance', async () => {
    const base = await baseline();
    const violating = base.results.filter((r) => r.violations.length > 0);
    return { buildings: base.buildings.length, violating };
  });
  app.get<{ Querystring: { bbox?: string } }>('/api/planning/context', async (request) => planningContext(await baseline(), parseContextBbox(request.query.bbox)));
}
