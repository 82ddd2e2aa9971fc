/**
 * `/api/scenarios`: create (POST), list, read, save a new version (PUT), compliance, metrics and the
 * printable report. Writes need the planning editor/admin role or a global admin.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../api/HttpError.ts';
import { logRefusal } from '../auth/authRoutes.ts';
import { canWrite } from '../auth/permissions.ts';
import type { Database } from '../db/Database.ts';
import { validateScenario } from '../../planning/scenario/validateScenario.ts';
import type { ScenarioDocument } from '../../planning/scenario/scenarioSchema.ts';
import { loadBaseline } from './loadBaseline.ts';
import { planningContextRoutes } from './planningContextRoutes.ts';
import { cachedEvaluation, cachedScenarioMetrics } from './scenarioEvaluationCache.ts';
import { readViewpoints } from './readViewpoints.ts';
import { renderReport } from './renderReport.ts';
import { createScenario, getScenario, listScenarios, saveScenarioVersion, type StoredScenario } from './scenarioStore.ts';

/** The repository's `scenarios/` folder (sample scenarios and viewpoints.json). */
export const DEFAULT_SCENARIOS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../scenarios');

/** Options of {@link planningRoutes}. */
export interface PlanningRoutesOptions {
  db: Database;
  /** Folder holding viewpoints.json. Default: the repository's scenarios/. */
  scenariosDir?: string;
}

const PLANNING = { sector: 'planning', access: 'public' as const };

async function requireEditor(db: Database, request: FastifyRequest): Promise<string> {
  if (canWrite(request.user, PLANNING)) return request.user!.username;
  const status = request.user ? 403 : 401;
  await logRefusal(db, request, status, `${request.method} ${request.url} without the planning editor role`);
  throw new HttpError(status, status === 401 ? 'Unauthorized' : 'Forbidden', 'Saving scenarios needs a planning editor or administrator login (POST /api/auth/login)');
}

function parseDocument(body: unknown): ScenarioDocument {
  const checked = validateScenario(body);
  if (!checked.ok) throw new HttpError(400, 'Invalid scenario', checked.errors.join('; '));
  return checked.document;
}

function parseVersion(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < 1) throw new HttpError(400, 'Bad request', 'version must be a positive integer');
  return v;
}

/** Registers the scenario routes. */
export function planningRoutes(app: FastifyInstance, options: PlanningRoutesOptions): void {
  const { db } = options;
  const scenariosDir = options.scenariosDir ?? DEFAULT_SCENARIOS_DIR;
  const baseline = async () => loadBaseline(db, await readViewpoints(scenariosDir));
  const load = async (id: string, version?: number): Promise<StoredScenario> => {
    const found = await getScenario(db, id, version);
    if (!found) throw new HttpError(404, 'Not found', version ? `Scenario "${id}" has no version ${version}` : `There is no scenario "${id}"; GET /api/scenarios lists them`);
    return found;
  };

  planningContextRoutes(app, baseline);
  // Warm the baseline (SQL + compliance of every building, several seconds) once the server listens,
  // so the first planner to open a scenario does not wait for it; a failure here is retried on request.
  app.addHook('onReady', async () => {
    void baseline().catch((error: unknown) => app.log.warn(`planning baseline warm-up failed: ${(error as Error).message}`));
  });

  app.post<{ Body: unknown }>('/api/scenarios', async (request, reply) => {
    const by = await requireEditor(db, request);
    const document = parseDocument(request.body);
    const id = `sc-${randomUUID()}`;
    await createScenario(db, id, document, by);
    return reply.status(201).header('location', `/api/scenarios/${id}`).send({ id, version: 1, title: document.title });
  });

  app.get('/api/scenarios', async () => ({ scenarios: await listScenarios(db) }));

  app.get<{ Params: { id: string }; Querystring: { version?: string } }>('/api/scenarios/:id', async (request) => load(request.params.id, parseVersion(request.query.version)));

  app.put<{ Params: { id: string }; Body: unknown }>('/api/scenarios/:id', async (request) => {
    const by = await requireEditor(db, request);
    const document = parseDocument(request.body);
    const version = await saveScenarioVersion(db, request.params.id, document, by);
    if (version === undefined) throw new HttpError(404, 'Not found', `There is no scenario "${request.params.id}"; create it with POST /api/scenarios`);
    return { id: request.params.id, version, title: document.title };
  });

  app.get<{ Params: { id: string }; Querystring: { version?: string } }>('/api/scenarios/:id/compliance', async (request) => {
    const scenario = await load(request.params.id, parseVersion(request.query.version));
    const evaluation = cachedEvaluation(await baseline(), scenario.id, scenario.version, scenario.document);
    const violating = evaluation.proposals.filter((p) => p.violations.length > 0).length;
    return {
      scenarioId: scenario.id, version: scenario.version,
      summary: { proposals: evaluation.proposals.length, proposalsViolating: violating, affectedBaseline: evaluation.affected.length, demolished: evaluation.state.demolished.length },
      proposals: evaluation.proposals, affected: evaluation.affected, demolished: evaluation.state.demolished, unknownIds: evaluation.state.unknownIds,
    };
  });

  app.get<{ Params: { id: string }; Querystring: { version?: string } }>('/api/scenarios/:id/metrics', async (request) => {
    const scenario = await load(request.params.id, parseVersion(request.query.version));
    const base = await baseline();
    return { scenarioId: scenario.id, version: scenario.version, ...cachedScenarioMetrics(base, cachedEvaluation(base, scenario.id, scenario.version, scenario.document)) };
  });

  app.get<{ Params: { id: string }; Querystring: { version?: string } }>('/api/scenarios/:id/report', async (request, reply) => {
    const scenario = await load(request.params.id, parseVersion(request.query.version));
    const base = await baseline();
    const evaluation = cachedEvaluation(base, scenario.id, scenario.version, scenario.document);
    const html = renderReport(scenario, evaluation, cachedScenarioMetrics(base, evaluation), evaluation.state.zones);
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
