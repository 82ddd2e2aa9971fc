/**
 * GeoPackage reader (sql.js, no native modules): reads `gpkg_contents` / `gpkg_geometry_columns`,
 * the CRS from `gpkg_spatial_ref_sys` (organisation EPSG, else its WKT definition), decodes the
 * GeoPackage binary geometries itself, and maps columns to properties (BOOLEAN columns → booleans,
 * columns marked `application/json` in `gpkg_data_columns` → parsed JSON, NULL → left out).
 * With several feature tables, `layer` picks one. A column named `id` is the feature id (not a property).
 */
import type { Database as SqlDatabase, SqlValue } from 'sql.js';
import { detectWktCrs } from '../detectWktCrs.ts';
import { parseGpkgGeometry } from '../gpkgGeometry.ts';
import { ImportError, type ImportFeature, type ReadResult } from '../ImportFeature.ts';
import { loadSqlJs } from '../loadSqlJs.ts';
import { parseCrsName } from '../parseCrsName.ts';

function rows(db: SqlDatabase, sql: string, params: SqlValue[] = []): Array<Record<string, SqlValue>> {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const out: Array<Record<string, SqlValue>> = [];
    while (statement.step()) out.push(statement.getAsObject());
    return out;
  } finally {
    statement.free();
  }
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Reads one feature table of a GeoPackage. Throws ImportError when it is not a GeoPackage or the table is ambiguous. */
export async function readGeoPackage(bytes: Uint8Array, layer?: string): Promise<ReadResult> {
  const SQL = await loadSqlJs();
  let db: SqlDatabase;
  try {
    db = new SQL.Database(bytes);
    db.exec('SELECT 1 FROM sqlite_master LIMIT 1');
  } catch (error) {
    throw new ImportError(`not a GeoPackage (SQLite) file: ${(error as Error).message}`);
  }
  try {
    let tables: Array<Record<string, SqlValue>>;
    try {
      tables = rows(
        db,
        `SELECT c.table_name AS t, g.column_name AS g, g.srs_id AS srs FROM gpkg_contents c
         JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.table_name`,
      );
    } catch {
      throw new ImportError('not a GeoPackage: it has no gpkg_contents / gpkg_geometry_columns tables');
    }
    if (layer) tables = tables.filter((t) => String(t.t).toLowerCase() === layer.toLowerCase());
    if (tables.length === 0) throw new ImportError(layer ? `the GeoPackage has no feature table "${layer}"` : 'the GeoPackage has no feature tables');
    if (tables.length > 1) throw new ImportError(`the GeoPackage has ${tables.length} feature tables (${tables.map((t) => t.t).join(', ')}); choose one with --layer NAME`);
    const table = String(tables[0]!.t);
    const geomColumn = String(tables[0]!.g);
    const srsId = Number(tables[0]!.srs);
    const result: ReadResult = { features: [], warnings: [], suggestedName: table };
    const [srs] = rows(db, 'SELECT organization AS org, organization_coordsys_id AS code, definition AS def, srs_name AS name FROM gpkg_spatial_ref_sys WHERE srs_id = ?', [srsId]);
    if (srs && srsId > 0) {
      const byCode = String(srs.org).toUpperCase() === 'EPSG' ? parseCrsName(`EPSG:${srs.code}`) : undefined;
      const detected = byCode ? { crs: byCode, name: String(srs.name) } : detectWktCrs(String(srs.def ?? ''));
      if (!detected.crs) throw new ImportError(`GeoPackage srs ${srsId}: ${'problem' in detected ? detected.problem : 'unsupported'}`);
      result.crs = detected.crs;
      result.crsSource = `GeoPackage srs ${srsId} "${srs.name}" → ${detected.crs.curie}`;
    } else if (srsId <= 0) {
      result.warnings.push(`the GeoPackage table has an undefined CRS (srs_id ${srsId}); coordinates are taken as WGS 84 unless --crs says otherwise`);
    }
    const columns = rows(db, `PRAGMA table_info(${quote(table)})`);
    const pk = columns.find((c) => Number(c.pk) === 1 && String(c.type).toUpperCase() === 'INTEGER')?.name;
    const booleans = new Set(columns.filter((c) => String(c.type).toUpperCase() === 'BOOLEAN').map((c) => String(c.name)));
    let json = new Set<string>();
    try {
      json = new Set(rows(db, `SELECT column_name AS c FROM gpkg_data_columns WHERE table_name = ? AND mime_type = 'application/json'`, [table]).map((r) => String(r.c)));
    } catch {
      // no schema extension
    }
    const statement = db.prepare(`SELECT * FROM ${quote(table)}`);
    const features: ImportFeature[] = result.features;
    try {
      for (let n = 1; statement.step(); n++) {
        const row = statement.getAsObject();
        const where = `row ${pk && row[String(pk)] !== null ? `fid ${row[String(pk)]}` : n}`;
        const properties: Record<string, unknown> = {};
        const id = row.id === null || row.id === undefined || row.id instanceof Uint8Array ? undefined : String(row.id);
        for (const [key, value] of Object.entries(row)) {
          if (key === geomColumn || key === pk || key === 'id' || value === null) continue;
          if (booleans.has(key)) properties[key] = value === 1;
          else if (json.has(key) && typeof value === 'string') {
            try {
              properties[key] = JSON.parse(value);
            } catch {
              properties[key] = value;
            }
          } else if (value instanceof Uint8Array) properties[key] = Buffer.from(value).toString('base64');
          else properties[key] = value;
        }
        const blob = row[geomColumn];
        if (!(blob instanceof Uint8Array)) {
          features.push({ id, properties, geometry: null, where, error: 'feature has no geometry' });
          continue;
        }
        try {
          const { geometry } = parseGpkgGeometry(blob);
          features.push(geometry ? { id, properties, geometry, where } : { id, properties, geometry: null, where, error: 'geometry is empty' });
        } catch (error) {
          features.push({ id, properties, geometry: null, where, error: `geometry cannot be decoded: ${(error as Error).message}` });
        }
      }
    } finally {
      statement.free();
    }
    return result;
  } finally {
    db.close();
  }
}
