/** Picks the database from the configuration: PostgreSQL when `DATABASE_URL` is set, else PGlite. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from '../StartupError.ts';
import type { Database } from './Database.ts';
import { PgliteDatabase } from './PgliteDatabase.ts';
import { PostgresDatabase } from './PostgresDatabase.ts';

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1:***@');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is single-process: two servers on one data directory would corrupt it. A lock file with
 * the owner's pid refuses the second one with a clear message; a stale lock is taken over.
 */
async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const lock = path.join(dir, 'server.lock');
  const owner = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new StartupError(
      `the embedded database in ${dir} is in use by another Huế Twin server (pid ${owner}); stop it or set DATA_DIR to another folder`,
    );
  }
  await writeFile(lock, String(process.pid));
  return () => rm(lock, { force: true });
}

/** Opens the configured database; failures become a StartupError with a fix-it hint. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) {
    try {
      return await PostgresDatabase.create({ url: options.databaseUrl });
    } catch (error) {
      throw new StartupError(
        `cannot connect to DATABASE_URL ${redact(options.databaseUrl)}: ${(error as Error).message}; check that PostgreSQL is running and the URL is right, or unset DATABASE_URL to use the embedded database`,
      );
    }
  }
  const dir = path.join(options.dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  const unlock = await lockDataDir(options.dataDir);
  try {
    const db = await PgliteDatabase.create({ dataDir: dir });
    const close = db.close.bind(db);
    db.close = async () => {
      await close();
      await unlock();
    };
    return db;
  } catch (error) {
    await unlock();
    throw new StartupError(
      `cannot open the embedded database in ${dir}: ${(error as Error).message}; if it is damaged, move the folder away (it is rebuilt from layers/ on the next start)`,
    );
  }
}
