/** A TCP port that was free a moment ago (so a bench can poll a server from the moment it spawns). */
import net from 'node:net';

/** Asks the OS for a free port on all interfaces and releases it. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
