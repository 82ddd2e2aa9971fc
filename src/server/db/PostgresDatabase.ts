/** PostgreSQL + PostGIS over a connection pool (`DATABASE_URL`). */
import pg from 'pg';
import type { Database, Queryable } from './Database.ts';

// Return int8/numeric as JS numbers where they fit, like PGlite does.
pg.types.setTypeParser(20, (v) => Number(v));

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/** PostgreSQL-backed implementation of {@link Database}. Create with {@link PostgresDatabase.create}. */
export class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  readonly supportsAsMvt = true;
  private readonly inner: Queryable;

  private constructor(private readonly pool: pg.Pool) {
    this.inner = wrap(pool);
  }

  /** Connects to `url` and checks the connection once. Pool size default: 10. */
  static async create(options: { url: string; maxConnections?: number }): Promise<PostgresDatabase> {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: 5000,
    });
    pool.on('error', (error) => console.error(`PostgreSQL connection error: ${error.message}`));
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresDatabase(pool);
  }

  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> {
    return this.inner.query<Row>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.inner.exec(sql);
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(wrap(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
