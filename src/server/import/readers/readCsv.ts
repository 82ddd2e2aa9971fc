/**
 * CSV reader (RFC 4180 quoting; delimiter `,`, `;` or tab, detected from the header line). The
 * coordinate columns are found by name: lon/lng/long/longitude/x/easting/kinh_do and
 * lat/latitude/y/northing/vi_do (case, accents and separators ignored), also as a suffix such as
 * `le_longitude_deg` (the first such pair wins), or a WKT column (`wkt`, `geometry`, `geom`).
 * Numeric-looking cells become numbers (leading zeros kept as text), empty cells null.
 */
import { ImportError, type ImportFeature, type ReadResult } from '../ImportFeature.ts';
import { parseWkt } from '../parseWkt.ts';

/** Splits CSV text into rows of cells, each with its 1-based starting line number. */
export function parseCsvRows(text: string, delimiter: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

/** Lower case, no accents (đ → d), separators → "_": "Kinh độ" → "kinh_do". */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const LON = ['lon', 'lng', 'long', 'longitude', 'x', 'easting', 'kinh_do', 'kinhdo', 'longitude_deg', 'toa_do_x', 'x_coord'];
const LAT = ['lat', 'latitude', 'y', 'northing', 'vi_do', 'vido', 'latitude_deg', 'toa_do_y', 'y_coord'];
const WKT = ['wkt', 'geometry', 'geom', 'the_geom', 'shape'];
const LON_SUFFIX = /^(.*_)(lon|lng|longitude|longitude_deg|kinh_do)$/;
const LAT_SUFFIX = /^(.*_)(lat|latitude|latitude_deg|vi_do)$/;

/** Finds the coordinate columns; `undefined` when there are none. */
export function findCoordinateColumns(headers: string[]): { x: number; y: number } | { wkt: number } | undefined {
  const names = headers.map(normaliseHeader);
  for (let k = 0; k < LON.length; k++) {
    const x = names.indexOf(LON[k]!);
    if (x < 0) continue;
    for (const lat of LAT) {
      const y = names.indexOf(lat);
      if (y >= 0 && (LON[k] === 'x') === (lat === 'y' || lat === 'y_coord')) return { x, y };
    }
  }
  const wkt = names.findIndex((n) => WKT.includes(n));
  if (wkt >= 0) return { wkt };
  for (let x = 0; x < names.length; x++) {
    const lon = LON_SUFFIX.exec(names[x]!);
    if (!lon) continue;
    const y = names.findIndex((n) => LAT_SUFFIX.exec(n)?.[1] === lon[1]);
    if (y >= 0) return { x, y };
  }
  return undefined;
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

function cellValue(text: string): unknown {
  const t = text.trim();
  if (t === '') return null;
  return NUMBER.test(t) ? Number(t) : text;
}

function coordinate(text: string | undefined, decimalComma: boolean): number {
  const t = (text ?? '').trim();
  const normalised = decimalComma ? t.replace(',', '.') : t;
  return normalised === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised) ? NaN : Number(normalised);
}

/** Reads CSV text. Throws ImportError when no coordinate columns can be found. */
export function readCsv(text: string): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.slice(0, body.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => ({ d, n: headerLine.split(d).length }));
  const delimiter = counts.sort((a, b) => b.n - a.n)[0]!.d;
  const rows = parseCsvRows(body, delimiter);
  if (rows.length === 0) throw new ImportError('the CSV file is empty');
  const headers = rows[0]!.cells.map((h) => h.trim());
  const columns = findCoordinateColumns(headers);
  if (!columns) {
    throw new ImportError(
      `no coordinate columns in the CSV header (${headers.slice(0, 8).join(', ')}${headers.length > 8 ? ', …' : ''}); name them lon/lat, longitude/latitude, x/y or kinh_do/vi_do, or add a WKT column "wkt"`,
    );
  }
  const warnings: string[] = [];
  const used = 'wkt' in columns ? [columns.wkt] : [columns.x, columns.y];
  warnings.push(`coordinates from column(s) ${used.map((i) => `"${headers[i]}"`).join(' and ')}`);
  const idColumn = headers.findIndex((h) => normaliseHeader(h) === 'id');
  const decimalComma = delimiter === ';';
  const features: ImportFeature[] = [];
  for (let r = 1; r < rows.length; r++) {
    const { line, cells } = rows[r]!;
    const where = `line ${line}`;
    const properties: Record<string, unknown> = {};
    headers.forEach((h, i) => {
      if (!used.includes(i) && h !== '') properties[h] = cellValue(cells[i] ?? '');
    });
    const idCell = idColumn >= 0 ? (cells[idColumn] ?? '').trim() : '';
    const id = idCell === '' ? undefined : idCell;
    if (cells.length !== headers.length) {
      features.push({ id, properties, geometry: null, where, error: `has ${cells.length} cells, the header has ${headers.length}` });
      continue;
    }
    if ('wkt' in columns) {
      try {
        features.push({ id, properties, geometry: parseWkt(cells[columns.wkt] ?? ''), where });
      } catch (error) {
        features.push({ id, properties, geometry: null, where, error: `column "${headers[columns.wkt]}": ${(error as Error).message}` });
      }
      continue;
    }
    const x = coordinate(cells[columns.x], decimalComma);
    const y = coordinate(cells[columns.y], decimalComma);
    if (Number.isNaN(x) || Number.isNaN(y)) {
      const bad = Number.isNaN(x) ? columns.x : columns.y;
      features.push({ id, properties, geometry: null, where, error: `column "${headers[bad]}" is not a number: ${JSON.stringify(cells[bad] ?? '')}` });
      continue;
    }
    features.push({ id, properties, geometry: { type: 'Point', coordinates: [x, y] }, where });
  }
  return { features, warnings };
}
