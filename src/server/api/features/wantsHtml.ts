/** Content negotiation for OGC API pages: `f=html` or a browser's Accept header → HTML. */
import type { FastifyRequest } from 'fastify';

/** Whether the response should be HTML: `f=html`, or no `f` and an Accept header preferring text/html. */
export function wantsHtml(request: FastifyRequest): boolean {
  const f = (request.query as Record<string, unknown> | undefined)?.f;
  if (f !== undefined) return f === 'html';
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') && !accept.startsWith('application/');
}
