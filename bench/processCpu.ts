/**
 * CPU time of other processes (the server, PostgreSQL backends), read from Linux `/proc/<pid>/stat`
 * (user + system, all threads). Benches use it to report CPU-seconds per unit of work, a figure
 * that stays comparable when other work shares the machine (wall-clock throughput does not).
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Kernel clock ticks per second (`getconf CLK_TCK`; 100 on every Linux this runs on). */
const TICKS_PER_S = 100;

/** CPU seconds (user + system) used so far by process `pid`; 0 when it is gone or unreadable. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the parenthesised command name (which may contain spaces): state is field 3
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
  } catch {
    return 0;
  }
}

/** CPU seconds of this process so far (user + system). */
export function ownCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * The server-side backends connected to the database of `url` (other than the asking one), with
 * their CPU seconds so far. PostgreSQL must run on this machine (the pids are local).
 */
export async function backendCpuSeconds(url: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    );
    return new Map(rows.map((r) => [r.pid, processCpuSeconds(r.pid)]));
  } finally {
    await client.end();
  }
}

/** CPU seconds the backends in `after` used since `before` (backends that appeared count in full). */
export function backendCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}
