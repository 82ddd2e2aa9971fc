/** Features as CSV (RFC 4180): `id`, `wkt` (geometry as WKT), then one column per property. */

/** A feature row for CSV export. */
export interface CsvFeature {
  id: string;
  wkt: string;
  properties: Record<string, unknown>;
}

function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders CSV with a header; property columns in order of first appearance. */
export function toCsv(features: CsvFeature[]): string {
  const keys: string[] = [];
  const seen = new Set<string>(['id', 'wkt']);
  for (const f of features) {
    for (const k of Object.keys(f.properties)) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
    }
  }
  const lines = [['id', 'wkt', ...keys].map(field).join(',')];
  for (const f of features) lines.push([f.id, f.wkt, ...keys.map((k) => f.properties[k])].map(field).join(','));
  return lines.join('\r\n') + '\r\n';
}
