/**
 * A failure that stops the server from starting for a reason the user can fix (bad layer file,
 * unreachable database, port in use). main.ts prints `message` — one line saying what is wrong
 * and how to fix it — and exits with status 1, without a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
