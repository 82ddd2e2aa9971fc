/** User administration (global admins only): list, create or update, delete users and their sector roles. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../api/HttpError.ts';
import type { Database } from '../db/Database.ts';
import { logRefusal } from './authRoutes.ts';
import { findUser, upsertUser } from './authService.ts';
import { canAdminister, type Role } from './permissions.ts';

const ROLES: Role[] = ['viewer', 'editor', 'admin'];
/** Shortest accepted password. Default: 10 characters. */
export const MIN_PASSWORD_LENGTH = 10;

async function requireAdmin(db: Database, request: FastifyRequest): Promise<void> {
  if (canAdminister(request.user)) return;
  const status = request.user ? 403 : 401;
  await logRefusal(db, request, status, `${request.method} ${request.url} without the admin role`);
  throw new HttpError(status, status === 401 ? 'Unauthorized' : 'Forbidden', 'Managing users needs an administrator login');
}

function parseUserBody(body: unknown, username: string): { password: string; isAdmin: boolean; roles: Record<string, Role> } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'Bad request', 'Send {"password": "...", "isAdmin": false, "roles": {"planning": "editor"}}');
  const { password, isAdmin, roles } = body as { password?: unknown; isAdmin?: unknown; roles?: unknown };
  if (!/^[a-z0-9_.-]{2,64}$/.test(username)) throw new HttpError(400, 'Bad request', 'username: 2–64 characters of a–z, 0–9, "_", "." or "-"');
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new HttpError(400, 'Bad request', `password must be a string of at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (isAdmin !== undefined && typeof isAdmin !== 'boolean') throw new HttpError(400, 'Bad request', 'isAdmin must be true or false');
  const checked: Record<string, Role> = {};
  if (roles !== undefined) {
    if (!roles || typeof roles !== 'object' || Array.isArray(roles)) throw new HttpError(400, 'Bad request', 'roles must be an object of sector → role');
    for (const [sector, role] of Object.entries(roles)) {
      if (!ROLES.includes(role as Role)) throw new HttpError(400, 'Bad request', `roles.${sector} must be one of ${ROLES.join(', ')}`);
      checked[sector] = role as Role;
    }
  }
  return { password, isAdmin: isAdmin === true, roles: checked };
}

/** Registers `/api/users` routes. */
export function userRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const { db } = deps;
  app.get('/api/users', async (request) => {
    await requireAdmin(db, request);
    const names = await db.query<{ username: string }>('SELECT username FROM users ORDER BY username');
    return { users: await Promise.all(names.map((n) => findUser(db, n.username))) };
  });

  app.put<{ Params: { username: string }; Body: unknown }>('/api/users/:username', async (request, reply) => {
    await requireAdmin(db, request);
    const { username } = request.params;
    const user = parseUserBody(request.body, username);
    const sectors = new Set((await db.query<{ id: string }>('SELECT id FROM sectors')).map((s) => s.id));
    const unknown = Object.keys(user.roles).filter((s) => !sectors.has(s));
    if (unknown.length) throw new HttpError(400, 'Bad request', `unknown sector "${unknown[0]}"; sectors: ${[...sectors].join(', ')}`);
    const existed = Boolean(await findUser(db, username));
    await upsertUser(db, { username, ...user });
    return reply.status(existed ? 200 : 201).send(await findUser(db, username));
  });

  app.delete<{ Params: { username: string } }>('/api/users/:username', async (request, reply) => {
    await requireAdmin(db, request);
    const { username } = request.params;
    if (username === request.user!.username) throw new HttpError(409, 'Conflict', 'You cannot delete your own account');
    const [deleted] = await db.query('DELETE FROM users WHERE username = $1 RETURNING username', [username]);
    if (!deleted) throw new HttpError(404, 'Not found', `There is no user "${username}"`);
    return reply.status(204).send();
  });
}
