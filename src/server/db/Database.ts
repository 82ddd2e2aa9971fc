/**
 * One database interface with two implementations: embedded PGlite + PostGIS (default) and
 * PostgreSQL + PostGIS (`DATABASE_URL`). All SQL is shared; dialect hooks live here only where
 * the engines differ (like pygeoapi's GenericSQLProvider and Martin's `Source`).
 */

/** Something that runs parameterised SQL: the database itself, or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1…$n` parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** Which engine is behind the interface; reported by `/api/health`. */
export type DatabaseKind = 'pglite' | 'postgres';

/** The shared spatial database. */
export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Whether `ST_AsMVT` works (PGlite's PostGIS is built without protobuf-c). */
  readonly supportsAsMvt: boolean;
  /** Closes connections / flushes the embedded data directory. */
  close(): Promise<void>;
}
