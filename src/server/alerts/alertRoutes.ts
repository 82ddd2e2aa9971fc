/**
 * Alert rules and alerts over HTTP, and the wiring of the engine into a server:
 * `GET/POST /api/alerts/rules`, `GET/PUT/DELETE /api/alerts/rules/{id}`, `GET /api/alerts`,
 * `POST /api/alerts/{id}/ack`. Reads are public (a rule's webhook URL only for writers); writes
 * need the environment editor/admin role or a global admin. Bad input → 400 problem+json.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../api/HttpError.ts';
import type { Database } from '../db/Database.ts';
import type { Iot } from '../iot/startIot.ts';
import { validateAlertRule } from '../../environment/alerts/alertRule.ts';
import { AlertEngine } from './AlertEngine.ts';
import { createRule, deleteRule, getRule, listRules, updateRule, type StoredRule } from './alertRuleStore.ts';
import { acknowledgeAlert, getAlert, listAlerts } from './alertStore.ts';
import { WebhookSender } from './WebhookSender.ts';

/** Largest `limit` of `GET /api/alerts`. Default: 1,000. */
export const MAX_ALERTS = 1000;

function isWriter(request: FastifyRequest): boolean {
  const user = request.user;
  return !!user && (user.isAdmin || user.roles.environment === 'editor' || user.roles.environment === 'admin');
}

function requireWriter(request: FastifyRequest, what: string): string {
  const user = request.user;
  if (!user) throw new HttpError(401, 'Unauthorized', `${what} needs a login (POST /api/auth/login) with the environment editor role`);
  if (!isWriter(request)) throw new HttpError(403, 'Forbidden', `User "${user.username}" may not ${what.toLowerCase()}; that needs the environment editor or admin role`);
  return user.username;
}

function idParam(value: string, what: string): number {
  if (!/^\d{1,15}$/.test(value)) throw new HttpError(400, 'Bad request', `${what} id must be a positive integer (got "${value.slice(0, 30)}")`);
  return Number(value);
}

function parseRule(body: unknown) {
  const v = validateAlertRule(body);
  if (!v.ok) throw new HttpError(400, 'Bad request', v.field ? `${v.field}: ${v.message}` : v.message);
  return v.rule;
}

/** Registers the alert routes, starts the engine on `iot`'s ingest, and stops it when `app` closes. */
export async function startAlerts(app: FastifyInstance, deps: { db: Database; iot: Iot }): Promise<AlertEngine> {
  const { db } = deps;
  const onError = (error: unknown) => app.log.error(error);
  const webhooks = new WebhookSender(db, { onError });
  const engine = new AlertEngine({ db, publish: (event) => deps.iot.publish(event), webhooks, onError });
  await engine.start();
  const unsubscribe = deps.iot.onObservations((created) => engine.onObservations(created));
  app.addHook('onClose', async () => {
    unsubscribe();
    await engine.close();
    await webhooks.close();
  });

  const show = (request: FastifyRequest, rule: StoredRule) => (isWriter(request) ? rule : { ...rule, webhookUrl: rule.webhookUrl ? '(hidden)' : null });

  app.get('/api/alerts/rules', async (request) => ({ rules: (await listRules(db)).map((r) => show(request, r)) }));
  app.get<{ Params: { id: string } }>('/api/alerts/rules/:id', async (request) => {
    const rule = await getRule(db, idParam(request.params.id, 'Rule'));
    if (!rule) throw new HttpError(404, 'Not found', `There is no alert rule ${request.params.id}`);
    return show(request, rule);
  });
  app.post<{ Body: unknown }>('/api/alerts/rules', async (request, reply) => {
    const user = requireWriter(request, 'Creating alert rules');
    const rule = await createRule(db, parseRule(request.body), user);
    await engine.reloadRules();
    reply.header('location', `/api/alerts/rules/${rule.id}`);
    return reply.status(201).send(rule);
  });
  app.put<{ Params: { id: string }; Body: unknown }>('/api/alerts/rules/:id', async (request) => {
    const user = requireWriter(request, 'Changing alert rules');
    const id = idParam(request.params.id, 'Rule');
    const rule = await updateRule(db, id, parseRule(request.body), user);
    if (!rule) throw new HttpError(404, 'Not found', `There is no alert rule ${id}`);
    await engine.reloadRules();
    return rule;
  });
  app.delete<{ Params: { id: string } }>('/api/alerts/rules/:id', async (request, reply) => {
    const user = requireWriter(request, 'Deleting alert rules');
    const id = idParam(request.params.id, 'Rule');
    if (!(await deleteRule(db, id, user))) throw new HttpError(404, 'Not found', `There is no alert rule ${id}`);
    await engine.reloadRules();
    return reply.status(204).send();
  });

  app.get<{ Querystring: Record<string, string> }>('/api/alerts', async (request) => {
    const { state, thing, limit } = request.query;
    if (state !== undefined && state !== 'open' && state !== 'acknowledged') throw new HttpError(400, 'Bad request', `state must be "open" or "acknowledged" (got "${String(state).slice(0, 30)}")`);
    const max = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(max) || max < 1 || max > MAX_ALERTS) throw new HttpError(400, 'Bad request', `limit must be an integer from 1 to ${MAX_ALERTS}`);
    return { alerts: await listAlerts(db, { state, thing: thing === undefined ? undefined : idParam(thing, 'Thing'), limit: max }) };
  });
  app.get<{ Params: { id: string } }>('/api/alerts/:id', async (request) => {
    const alert = await getAlert(db, idParam(request.params.id, 'Alert'));
    if (!alert) throw new HttpError(404, 'Not found', `There is no alert ${request.params.id}`);
    return alert;
  });
  app.post<{ Params: { id: string }; Body: unknown }>('/api/alerts/:id/ack', async (request) => {
    const user = requireWriter(request, 'Acknowledging alerts');
    const id = idParam(request.params.id, 'Alert');
    const body = (request.body ?? {}) as { note?: unknown };
    if (typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'Bad request', 'the body must be a JSON object such as {"note": "…"} (or empty)');
    if (body.note !== undefined && body.note !== null && (typeof body.note !== 'string' || body.note.length > 2000)) throw new HttpError(400, 'Bad request', 'note: must be a text of at most 2000 characters');
    const result = await acknowledgeAlert(db, id, user, (body.note as string | undefined) ?? null);
    if (result === 'missing') throw new HttpError(404, 'Not found', `There is no alert ${id}`);
    if (result === 'already') throw new HttpError(409, 'Conflict', `Alert ${id} was already acknowledged`);
    deps.iot.publish({ type: 'alert', action: 'acknowledged', alert: result });
    return result;
  });
  return engine;
}
