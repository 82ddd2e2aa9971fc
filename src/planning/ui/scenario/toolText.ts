/** The scenario tools' translate function for a UI language. */
import type { Lang } from '../../../ui/i18n/messages.ts';
import { toolTranslator, type ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import { scenarioMessages, type ScenarioMessageKey } from './scenarioMessages.ts';

/** Translate function of the scenario tools in `lang` (Vietnamese fallback). */
export function toolText(lang: Lang): ToolTranslate<ScenarioMessageKey> {
  return toolTranslator(scenarioMessages, lang);
}
