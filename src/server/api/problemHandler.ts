/** Turns every error and unknown route under `/api` into RFC 9457 `application/problem+json`. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './HttpError.ts';

/** Body of a problem+json response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
}

function send(reply: FastifyReply, request: FastifyRequest, status: number, title: string, detail: string) {
  const body: Problem = { type: 'about:blank', title, status, detail, instance: request.url };
  return reply.status(status).type('application/problem+json').send(body);
}

/** Installs the error and not-found handlers on `app`. */
export function installProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return send(reply, request, error.status, error.title, error.detail);
    if (error.validation) return send(reply, request, 400, 'Bad request', error.message);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, request, error.statusCode, 'Bad request', error.message);
    }
    request.log.error(error);
    return send(reply, request, 500, 'Internal server error', 'The server failed to answer this request; the error is in the server log.');
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, request, 404, 'Not found', `There is nothing at ${request.url.split('?')[0]}; the API starts at /api.`),
  );
}
