/** Access checks of the heritage API: writes and drafts need the heritage editor/admin role or a global admin. */
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../api/HttpError.ts';
import { logRefusal } from '../auth/authRoutes.ts';
import { canWrite } from '../auth/permissions.ts';
import type { Database } from '../db/Database.ts';

/** The sector whose editors author tours and upload assets. */
export const HERITAGE = { sector: 'heritage', access: 'public' as const };

/** Whether the caller may see drafts and write (heritage editor/admin, or global admin). */
export function isHeritageEditor(request: FastifyRequest): boolean {
  return canWrite(request.user, HERITAGE);
}

/** The caller's username when they are a heritage editor; otherwise logs the refusal and throws 401 (anonymous) or 403. */
export async function requireHeritageEditor(db: Database, request: FastifyRequest, what: string): Promise<string> {
  if (isHeritageEditor(request)) return request.user!.username;
  const status = request.user ? 403 : 401;
  await logRefusal(db, request, status, `${request.method} ${request.url.split('?')[0]} without the heritage editor role`);
  throw new HttpError(
    status,
    status === 401 ? 'Unauthorized' : 'Forbidden',
    status === 401
      ? `${what} needs a heritage editor or administrator login (POST /api/auth/login, then Authorization: Bearer <token>)`
      : `${what} needs the editor role in the heritage sector; "${request.user!.username}" does not have it`,
  );
}
