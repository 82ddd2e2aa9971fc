/**
 * The browser's calls to the planning API: scenarios (list, read, create, save), their compliance
 * and metrics, the baseline's violating buildings, and engine context cells. Writes go through the
 * session's `authFetch` (bearer token); failures come back as {@link ApiError} with the server's
 * problem+json detail (which names the field for an invalid document).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { authFetch, problemMessage } from '../../app/session/session.ts';
import type { PlanningMetrics } from '../computeMetrics.ts';
import type { PlanningContext } from '../PlanningContext.ts';
import type { ScenarioDocument } from '../scenario/scenarioSchema.ts';
import type { BuildingCompliance } from '../Violation.ts';
import type { ScenarioComplianceView } from './ScenarioCompliance.ts';

/** A failed API call: HTTP status and the server's message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** One line of `GET /api/scenarios`. */
export interface ScenarioListItem {
  id: string;
  title: string;
  version: number;
  updatedBy: string;
  updatedAt: string;
}

/** `GET /api/scenarios/{id}`. */
export interface StoredScenarioView extends ScenarioListItem {
  document: ScenarioDocument;
}

/** `GET /api/planning/baseline/compliance`: the count of buildings and the violating ones. */
export interface BaselineComplianceView {
  buildings: number;
  violating: BuildingCompliance[];
}

/** `GET /api/scenarios/{id}/metrics`. */
export interface ScenarioMetricsView {
  baseline: PlanningMetrics;
  scenario: PlanningMetrics;
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await authFetch(url, init);
  if (!response.ok) throw new ApiError(response.status, await problemMessage(response));
  return (await response.json()) as T;
}

const enc = encodeURIComponent;

/** All scenarios. */
export async function fetchScenarioList(): Promise<ScenarioListItem[]> {
  return (await getJson<{ scenarios: ScenarioListItem[] }>('/api/scenarios')).scenarios;
}

/** The current version of scenario `id`. */
export function fetchScenario(id: string): Promise<StoredScenarioView> {
  return getJson(`/api/scenarios/${enc(id)}`);
}

/** Compliance of scenario `id` at `version` (evaluated on the server). */
export function fetchScenarioCompliance(id: string, version: number): Promise<ScenarioComplianceView> {
  return getJson(`/api/scenarios/${enc(id)}/compliance?version=${version}`);
}

/** Metrics of scenario `id` at `version`, baseline beside it. */
export function fetchScenarioMetrics(id: string, version: number): Promise<ScenarioMetricsView> {
  return getJson(`/api/scenarios/${enc(id)}/metrics?version=${version}`);
}

/** The baseline's violating buildings. */
export function fetchBaselineCompliance(): Promise<BaselineComplianceView> {
  return getJson('/api/planning/baseline/compliance');
}

/** Engine inputs in one cell (`minLon,minLat,maxLon,maxLat`). */
export function fetchContextCell(bbox: string): Promise<PlanningContext> {
  return getJson(`/api/planning/context?bbox=${enc(bbox)}`);
}

/** The footprint of baseline building `id` (OGC API – Features), for flying to it and drawing height changes. */
export async function fetchBuildingFootprint(id: string): Promise<Polygon | MultiPolygon | undefined> {
  const feature = await getJson<{ geometry: Polygon | MultiPolygon | null }>(`/api/collections/hue-buildings/items/${enc(id)}`);
  return feature.geometry ?? undefined;
}

/** Saves `document`: a new scenario (POST, `id` undefined) or a new version of `id` (PUT). */
export function saveScenario(id: string | undefined, document: ScenarioDocument): Promise<{ id: string; version: number }> {
  const init: RequestInit = { method: id ? 'PUT' : 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(document) };
  return getJson(id ? `/api/scenarios/${enc(id)}` : '/api/scenarios', init);
}

/** URL of the printable report of scenario `id` at `version`. */
export function reportUrl(id: string, version: number): string {
  return `/api/scenarios/${enc(id)}/report?version=${version}`;
}
