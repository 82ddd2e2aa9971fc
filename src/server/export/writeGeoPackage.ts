/**
 * Writes a GeoPackage 1.2 (OGC 12-128r18) with sql.js — no native modules: the required
 * gpkg_spatial_ref_sys / gpkg_contents / gpkg_geometry_columns tables, one feature table with typed
 * columns, GeoPackage binary geometries with an xy envelope, and the schema extension
 * (gpkg_data_columns) marking JSON-valued columns `application/json` as GDAL does. No R-tree index:
 * sql.js is built without the rtree module (GDAL/QGIS can add one: `ogrinfo FILE -sql "SELECT CreateSpatialIndex('t','geom')"`).
 */
import { loadSqlJs } from '../import/loadSqlJs.ts';

/** SQLite column type of a property column. */
export type GpkgColumnType = 'TEXT' | 'INTEGER' | 'REAL' | 'BOOLEAN';

/** A property column of the feature table. */
export interface GpkgColumn {
  name: string;
  type: GpkgColumnType;
  /** Values are JSON text (objects, arrays, mixed types); registered as `application/json`. */
  json?: boolean;
}

/** What to write. */
export interface GpkgLayer {
  /** Feature table name (not starting with "gpkg_"). */
  table: string;
  /** Human title (gpkg_contents.identifier). */
  identifier: string;
  description?: string;
  /** Upper-case geometry type name: GEOMETRY, POINT, MULTIPOLYGON… */
  geometryType: string;
  /** Whether geometries have z: 0 no, 1 yes, 2 optional. */
  z: 0 | 1 | 2;
  /** Only EPSG:4326 is written. */
  srsId: 4326;
  /** [minX, minY, maxX, maxY] of all features, or undefined when empty. */
  bbox?: [number, number, number, number];
  columns: GpkgColumn[];
  /** Rows: GeoPackage geometry blob and one value per column (already SQLite-typed). */
  rows: Iterable<{ geometry: Uint8Array; values: Array<string | number | null> }>;
}

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]';

const SCHEMA = `
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, name TEXT, title TEXT, description TEXT,
  mime_type TEXT, constraint_name TEXT, CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name),
  CONSTRAINT gdc_tn UNIQUE (table_name, name));
CREATE TABLE gpkg_data_column_constraints (constraint_name TEXT NOT NULL, constraint_type TEXT NOT NULL, value TEXT,
  min NUMERIC, min_is_inclusive BOOLEAN, max NUMERIC, max_is_inclusive BOOLEAN, description TEXT,
  CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value));
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
`;

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Builds the GeoPackage file in memory and returns its bytes. */
export async function writeGeoPackage(layer: GpkgLayer): Promise<Uint8Array> {
  if (/^gpkg_/i.test(layer.table)) throw new Error(`table name "${layer.table}" must not start with gpkg_`);
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.run('PRAGMA application_id = 1196444487'); // "GPKG"
    db.run('PRAGMA user_version = 10200'); // GeoPackage 1.2
    db.exec(SCHEMA);
    db.run('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)', ['WGS 84 geodetic', 4326, 'EPSG', 4326, WGS84_WKT, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid']);
    const t = quote(layer.table);
    const columns = layer.columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ');
    db.run(`CREATE TABLE ${t} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ${layer.geometryType}${columns ? `, ${columns}` : ''})`);
    const [minX, minY, maxX, maxY] = layer.bbox ?? [null, null, null, null];
    db.run(
      `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id)
       VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?, 4326)`,
      [layer.table, layer.identifier, layer.description ?? '', new Date().toISOString(), minX, minY, maxX, maxY],
    );
    db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, 4326, ?, 0)', [layer.table, 'geom', layer.geometryType, layer.z]);
    const jsonColumns = layer.columns.filter((c) => c.json);
    if (jsonColumns.length > 0) {
      db.run(`INSERT INTO gpkg_extensions VALUES ('gpkg_data_columns', NULL, 'gpkg_schema', 'http://www.geopackage.org/spec121/#extension_schema', 'read-write')`);
      db.run(`INSERT INTO gpkg_extensions VALUES ('gpkg_data_column_constraints', NULL, 'gpkg_schema', 'http://www.geopackage.org/spec121/#extension_schema', 'read-write')`);
      for (const c of jsonColumns) db.run('INSERT INTO gpkg_data_columns (table_name, column_name, mime_type) VALUES (?, ?, ?)', [layer.table, c.name, 'application/json']);
    }
    const placeholders = ['?', ...layer.columns.map(() => '?')].join(', ');
    const names = ['geom', ...layer.columns.map((c) => quote(c.name))].join(', ');
    const insert = db.prepare(`INSERT INTO ${t} (${names}) VALUES (${placeholders})`);
    db.run('BEGIN');
    try {
      for (const row of layer.rows) insert.run([row.geometry, ...row.values]);
    } finally {
      insert.free();
    }
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}
