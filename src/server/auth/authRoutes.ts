/**
 * Authentication: `POST /api/auth/login` → bearer token, `POST /api/auth/logout`, `GET /api/auth/me`,
 * and the hook that resolves `Authorization: Bearer …` to `request.user` on every request.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/Database.ts';
import { HttpError } from '../api/HttpError.ts';
import { login, logout, userForToken } from './authService.ts';
import type { User } from './permissions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; undefined for anonymous requests. */
    user?: User;
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new HttpError(401, 'Unauthorized', 'The Authorization header must be "Bearer <token>" from POST /api/auth/login');
  return match[1];
}

/** Records a refused request in the access log (and the server log). */
export async function logRefusal(db: Database, request: FastifyRequest, status: number, reason: string): Promise<void> {
  request.log.warn({ user: request.user?.username, url: request.url, status }, reason);
  await db.query('INSERT INTO access_log (username, method, path, status, reason) VALUES ($1, $2, $3, $4, $5)', [
    request.user?.username ?? null,
    request.method,
    request.url.slice(0, 500),
    status,
    reason.slice(0, 500),
  ]);
}

/** Registers the auth hook and routes. */
export function authRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const { db } = deps;
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api')) return;
    const token = bearer(request);
    if (!token) return;
    const user = await userForToken(db, token);
    if (!user) {
      await logRefusal(db, request, 401, 'unknown or expired token');
      throw new HttpError(401, 'Unauthorized', 'The bearer token is unknown or expired; log in again with POST /api/auth/login');
    }
    request.user = user;
  });

  app.post<{ Body: unknown }>('/api/auth/login', async (request) => {
    const body = request.body as { username?: unknown; password?: unknown } | undefined;
    if (!body || typeof body.username !== 'string' || typeof body.password !== 'string') {
      throw new HttpError(400, 'Bad request', 'Send JSON {"username": "...", "password": "..."}');
    }
    const result = await login(db, body.username, body.password);
    if (!result) {
      await logRefusal(db, request, 401, `failed login for "${body.username.slice(0, 64)}"`);
      throw new HttpError(401, 'Unauthorized', 'Wrong username or password');
    }
    return { token: result.token, tokenType: 'Bearer', expiresIn: result.expiresIn };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const token = bearer(request);
    if (token) await logout(db, token);
    return reply.status(204).send();
  });

  app.get('/api/auth/me', async (request) => {
    if (!request.user) throw new HttpError(401, 'Unauthorized', 'Not logged in; POST /api/auth/login first');
    return request.user;
  });
}
