/** Human-readable lengths and areas with their units (m/km, m²/ha/km²), locale-aware digits. */

/** Formats a length: below 1 km in m (1 decimal under 100 m), else km (2 decimals). */
export function formatLength(m: number, locale = 'vi'): string {
  const f = (v: number, d: number) => v.toLocaleString(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
  if (Math.abs(m) < 100) return `${f(m, 1)} m`;
  if (Math.abs(m) < 1000) return `${f(m, 0)} m`;
  return `${f(m / 1000, 2)} km`;
}

/** Formats an area: below 1 ha in m², below 100 ha in ha (2 decimals), else km² (2 decimals). */
export function formatArea(m2: number, locale = 'vi'): string {
  const f = (v: number, d: number) => v.toLocaleString(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
  if (Math.abs(m2) < 10_000) return `${f(m2, 0)} m²`;
  if (Math.abs(m2) < 1_000_000) return `${f(m2 / 10_000, 2)} ha`;
  return `${f(m2 / 1_000_000, 2)} km²`;
}
