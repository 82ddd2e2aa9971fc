/**
 * Minimal HTML pages for people browsing the open data (OGC API `f=html`): no scripts, no outside
 * assets, every value escaped.
 */

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A link for {@link renderPage}'s breadcrumb and alternates. */
export interface PageLink {
  href: string;
  title: string;
}

/** Wraps body HTML (already escaped) in a page with a breadcrumb and alternate-format links. */
export function renderPage(options: { title: string; breadcrumb: PageLink[]; alternates?: PageLink[]; body: string }): string {
  const crumbs = options.breadcrumb.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.title)}</a>`).join(' › ');
  const alternates = (options.alternates ?? []).map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.title)}</a>`).join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} — Huế Twin open data</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
header{background:#17324d;color:#fff;padding:12px 24px}header a{color:#cfe3ff}
main{padding:16px 24px;max-width:1200px}table{border-collapse:collapse;background:#fff;font-size:14px}
th,td{border:1px solid #d5dae1;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef1f5}
.badge{background:#f0ad4e;color:#000;border-radius:3px;padding:0 4px;font-size:12px}
nav.alt{margin:8px 0;font-size:13px}
</style></head>
<body><header>${crumbs}</header><main><h1>${escapeHtml(options.title)}</h1>
${alternates ? `<nav class="alt">Also as: ${alternates}</nav>` : ''}
${options.body}
</main></body></html>`;
}

/** Markup built by this module's callers from escaped parts; the only value renderTable does not escape. */
export class TrustedHtml {
  constructor(readonly html: string) {}
}

/** A link cell for {@link renderTable}. */
export function link(href: string, text: unknown): TrustedHtml {
  return new TrustedHtml(`<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`);
}

function cell(value: unknown): string {
  if (value instanceof TrustedHtml) return value.html;
  return escapeHtml(typeof value === 'object' && value !== null ? JSON.stringify(value) : value);
}

/** A table of rows (values escaped unless {@link TrustedHtml}); `columns` gives the order. */
export function renderTable(columns: string[], rows: Array<Record<string, unknown>>): string {
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = rows.map((row) => `<tr>${columns.map((c) => `<td>${cell(row[c])}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
