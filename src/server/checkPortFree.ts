/** Fails fast when the HTTP port is taken, before the (slow) database start. */
import { createServer } from 'node:net';
import { StartupError } from './StartupError.ts';

/** Resolves when `port` on `host` can be bound (0 always can); throws StartupError when it is in use. */
export async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`port ${port} is already in use; stop the other server or start with PORT=<another port>`)
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
