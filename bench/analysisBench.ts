/**
 * `analysis`: planning analysis computations on the sample buildings (generator `hue-buildings`,
 * seed 20250701), in plain TypeScript as the browser worker runs them (projection, height raster,
 * sweep): a viewshed of 1 km radius and sun hours over a day for a 500 m square, both centred on
 * the densest sample point tried (Đông Ba market, the Citadel's civilian quarter, Lê Lợi).
 * Median of 5 runs after one warm-up, with the 1-minute load average (the machine is shared).
 * Fetching the footprints over the API is not included.
 */
import os from 'node:os';
import type { Feature } from 'geojson';
import { analysisBBox, runAnalysis } from '../src/planning/analysis/runAnalysis.ts';
import type { BuildingAnalysisState } from '../src/planning/analysis/runAnalysis.ts';
import { EYE_HEIGHT_M } from '../src/planning/analysis/analysisParams.ts';
import { obstaclesFromFeatures } from '../src/planning/analysis/Obstacle.ts';
import { LocalProjection } from '../src/planning/geometry/LocalProjection.ts';
import { pointInPolygon } from '../src/planning/geometry/pointInPolygon.ts';
import { generateHueBuildings } from '../src/sample/hueBuildings.ts';
import { emit, median, progress, round } from './emit.ts';

const RUNS = 5;
/** Candidate centres, lon/lat degrees. */
const CANDIDATES: Record<string, [number, number]> = {
  'dong-ba': [107.5895, 16.4722],
  'citadel-quarter': [107.5700, 16.4760],
  'le-loi': [107.5850, 16.4640],
};

function inBox(features: Feature[], box: { west: number; south: number; east: number; north: number }): Feature[] {
  return features.filter((f) => {
    const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0]!;
    const [lon, lat] = ring[0]!;
    return lon! >= box.west && lon! <= box.east && lat! >= box.south && lat! <= box.north;
  });
}

/** Height of the building under a point (an observer picked there stands on its roof), m; 0 on open ground. */
function roofHeightAt(features: Feature[], lon: number, lat: number): number {
  const p = new LocalProjection([lon, lat]);
  const under = obstaclesFromFeatures(features, p).filter((o) => pointInPolygon(0, 0, o));
  return Math.max(0, ...under.map((o) => o.heightM));
}

function time(state: BuildingAnalysisState, features: Feature[]): { ms: number; runs: number[] } {
  runAnalysis(state, features);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    runAnalysis(state, features);
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), runs };
}

/** Runs the analysis bench. */
export async function analysisBench(): Promise<void> {
  progress('analysis: generating the sample buildings');
  const all = generateHueBuildings(20250701);
  let best = { name: '', lon: 0, lat: 0, count: -1 };
  for (const [name, [lon, lat]] of Object.entries(CANDIDATES)) {
    const count = inBox(all, analysisBBox({ tool: 'viewshed', at: { lon, lat, h: 1.6 }, radiusM: 1000 })).length;
    if (count > best.count) best = { name, lon, lat, count };
  }
  const { lon, lat } = best;
  const near = inBox(all, analysisBBox({ tool: 'viewshed', at: { lon, lat, h: 0 }, radiusM: 100 }));
  const eyeH = EYE_HEIGHT_M + roofHeightAt(near, lon, lat);
  const vsState: BuildingAnalysisState = { tool: 'viewshed', at: { lon, lat, h: eyeH }, radiusM: 1000 };
  const vsFeatures = inBox(all, analysisBBox(vsState));
  progress(`analysis: viewshed at ${best.name} over ${vsFeatures.length} buildings`);
  const vs = time(vsState, vsFeatures);
  const vsOut = runAnalysis(vsState, vsFeatures);
  emit({
    bench: 'analysis', metric: 'viewshed_1km', value: round(vs.ms, 1), unit: 'ms', stat: 'median', runs: RUNS,
    min: round(Math.min(...vs.runs), 1), max: round(Math.max(...vs.runs), 1), buildings: vsFeatures.length, at: best.name, eye_height_m: round(eyeH, 1),
    visible_fraction: vsOut.kind === 'viewshed' ? round(vsOut.visibleFraction, 4) : undefined, cell_m: 2, target_ms: 2000, load_avg_1m: round(os.loadavg()[0]!, 1),
  });

  const p = new LocalProjection([lon, lat]);
  const [west, south] = p.toLonLat(-250, -250);
  const [east, north] = p.toLonLat(250, 250);
  const shState: BuildingAnalysisState = { tool: 'sunhours', west, south, east, north, date: '2026-06-21' };
  const shFeatures = inBox(all, analysisBBox(shState));
  progress(`analysis: sun hours for a 500 m square over ${shFeatures.length} buildings`);
  for (const date of ['2026-06-21', '2026-12-21']) {
    const state = { ...shState, date };
    const sh = time(state, shFeatures);
    emit({
      bench: 'analysis', metric: `sun_hours_500m_${date}`, value: round(sh.ms, 1), unit: 'ms', stat: 'median', runs: RUNS,
      min: round(Math.min(...sh.runs), 1), max: round(Math.max(...sh.runs), 1), buildings: shFeatures.length, samples: 100 * 100, step_min: 15, spacing_m: 5, load_avg_1m: round(os.loadavg()[0]!, 1),
    });
  }
}
