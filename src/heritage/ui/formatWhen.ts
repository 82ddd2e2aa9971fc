import type { Lang } from '../../ui/i18n/messages.ts';

/** An ISO timestamp as a local date and time in the UI language; the text as given if unparsable. */
export function formatWhen(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
