/** Embedded PostgreSQL (PGlite, WASM) with the PostGIS extension; data lives in a directory. */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { Database, Queryable } from './Database.ts';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await target.query<Row>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** PGlite-backed implementation of {@link Database}. Create with {@link PgliteDatabase.create}. */
export class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  readonly supportsAsMvt = false;
  private readonly inner: Queryable;

  private constructor(private readonly pg: PGlite) {
    this.inner = wrap(pg);
  }

  /** Opens (creating if needed) the database in `dataDir`; `undefined` keeps it in memory. */
  static async create(options: { dataDir?: string }): Promise<PgliteDatabase> {
    const pg = await PGlite.create({ dataDir: options.dataDir, extensions: { postgis } });
    return new PgliteDatabase(pg);
  }

  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> {
    return this.inner.query<Row>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.inner.exec(sql);
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.pg.transaction((tx) => work(wrap(tx)));
  }

  async close(): Promise<void> {
    await this.pg.close();
  }
}
