/**
 * A static plan of a scenario's area as inline SVG (no external assets): zones, buildings,
 * proposals coloured by compliance, view-cone lines of sight, a scale bar and north arrow.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { LocalProjection } from '../../planning/geometry/LocalProjection.ts';
import type { ScenarioEvaluation } from './evaluateScenario.ts';

/** Margin around the proposals, m. */
const MARGIN_M = 200;
/** Drawing width, px. */
const WIDTH_PX = 720;

type Geom = Polygon | MultiPolygon;

function bbox(g: Geom): [number, number, number, number] {
  let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const p of polys) for (const [x, y] of p[0]!) { a = Math.min(a, x!); b = Math.min(b, y!); c = Math.max(c, x!); d = Math.max(d, y!); }
  return [a, b, c, d];
}

/** SVG markup of the plan around the scenario's proposals (empty string when it has none). */
export function renderPlanSvg(evaluation: ScenarioEvaluation, zones: Array<{ id: string; kind: string; geometry: Geom }>): string {
  const proposals = evaluation.state.buildings.filter((b) => b.proposal);
  if (proposals.length === 0) return '';
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of proposals) {
    const [a, b, c, d] = bbox(p.footprint);
    x0 = Math.min(x0, a); y0 = Math.min(y0, b); x1 = Math.max(x1, c); y1 = Math.max(y1, d);
  }
  const proj = new LocalProjection([(x0 + x1) / 2, (y0 + y1) / 2]);
  const half = Math.max(proj.x(x1), proj.y(y1)) + MARGIN_M;
  const scale = WIDTH_PX / (2 * half);
  const sx = (lon: number) => ((proj.x(lon) + half) * scale).toFixed(1);
  const sy = (lat: number) => ((half - proj.y(lat)) * scale).toFixed(1);
  const lonMin = proj.toLonLat(-half, 0)[0], lonMax = proj.toLonLat(half, 0)[0], latMin = proj.toLonLat(0, -half)[1], latMax = proj.toLonLat(0, half)[1];
  const visible = (g: Geom) => { const [a, b, c, d] = bbox(g); return c >= lonMin && a <= lonMax && d >= latMin && b <= latMax; };
  const path = (g: Geom) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => rings.map((r) => `M${r.map(([x, y]) => `${sx(x!)},${sy(y!)}`).join('L')}Z`).join('')).join('');
  const byId = new Map(evaluation.results.map((r) => [r.buildingId, r]));
  const parts: string[] = [];
  for (const z of zones) if (visible(z.geometry)) {
    parts.push(`<path d="${path(z.geometry)}" fill="${z.kind === 'heritage' ? '#e67e2222' : '#f4c28b33'}" stroke="${z.kind === 'heritage' ? '#c0392b' : '#8d6e63'}" stroke-width="1" stroke-dasharray="${z.kind === 'heritage' ? '4 3' : ''}" fill-rule="evenodd"/>`);
  }
  for (const b of evaluation.state.buildings) if (!b.proposal && visible(b.footprint)) {
    const bad = (byId.get(b.id)?.violations.length ?? 0) > 0;
    parts.push(`<path d="${path(b.footprint)}" fill="${bad ? '#f8bbd0' : '#cfd8dc'}" stroke="#78909c" stroke-width="0.5"/>`);
  }
  for (const b of proposals) {
    const bad = (byId.get(b.id)?.violations.length ?? 0) > 0;
    parts.push(`<path d="${path(b.footprint)}" fill="${bad ? '#d32f2f' : '#2e7d32'}" stroke="#000" stroke-width="1"><title>${b.id}</title></path>`);
    for (const v of byId.get(b.id)?.violations ?? []) if (v.lineOfSight) {
      const { from, to } = v.lineOfSight;
      parts.push(`<line x1="${sx(from[0])}" y1="${sy(from[1])}" x2="${sx(to[0])}" y2="${sy(to[1])}" stroke="#6a1b9a" stroke-width="2" stroke-dasharray="6 3"/>`);
    }
  }
  const bar = 100 * scale;
  parts.push(`<g font-size="11" font-family="sans-serif"><rect x="10" y="${WIDTH_PX - 22}" width="${bar.toFixed(1)}" height="4" fill="#000"/><text x="10" y="${WIDTH_PX - 26}">100 m</text>`);
  parts.push(`<text x="${WIDTH_PX - 20}" y="22" text-anchor="middle" font-weight="bold">N</text><path d="M${WIDTH_PX - 20},26 l-5,12 h10 z" fill="#000"/></g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH_PX} ${WIDTH_PX}" width="${WIDTH_PX}" height="${WIDTH_PX}" role="img" aria-label="Plan of the scenario area"><defs><clipPath id="plan"><rect width="${WIDTH_PX}" height="${WIDTH_PX}"/></clipPath></defs><rect width="${WIDTH_PX}" height="${WIDTH_PX}" fill="#fff" stroke="#999"/><g clip-path="url(#plan)">${parts.join('')}</g></svg>`;
}
