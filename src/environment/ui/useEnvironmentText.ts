/** The environment tools' translate function for the current UI language. */
import { useMemo } from 'react';
import type { Lang } from '../../ui/i18n/messages.ts';
import { toolTranslator, type ToolTranslate } from '../../ui/i18n/toolTranslator.ts';
import { ENVIRONMENT_MESSAGES, type EnvironmentMessageKey } from './environmentMessages.ts';

/** Translate function of the environment tools in `lang`. */
export function useEnvironmentText(lang: Lang): ToolTranslate<EnvironmentMessageKey> {
  return useMemo(() => toolTranslator(ENVIRONMENT_MESSAGES, lang), [lang]);
}
