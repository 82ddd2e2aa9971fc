/**
 * UI languages and message keys. Vietnamese (`vi.ts`) is the reference dictionary; every other
 * language must have exactly the same keys (checked by the type of `en.ts` and by a unit test).
 */
import { vi } from './vi.ts';

/** Supported UI languages, default first. */
export const LANGS = ['vi', 'en'] as const;
/** A UI language code. */
export type Lang = (typeof LANGS)[number];
/** A message key. */
export type MessageKey = keyof typeof vi;
/** A complete dictionary for one language. */
export type Messages = Record<MessageKey, string>;

/** Replaces `{name}` placeholders with values; unknown placeholders stay visible. */
export function formatMessage(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
