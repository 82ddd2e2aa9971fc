import { useMemo } from 'react';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { toolTranslator, type ToolTranslate } from '../../ui/i18n/toolTranslator.ts';
import { parseLogisticsView, type LogisticsView } from './logisticsParams.ts';
import { LOGISTICS_TEXTS } from './logisticsTexts.ts';

/** The parsed URL state and the translate function of the logistics tools. */
export function useLogisticsView(ctx: ToolContext): { view: LogisticsView; t: ToolTranslate<keyof typeof LOGISTICS_TEXTS.vi> } {
  const view = useMemo(() => parseLogisticsView(ctx.params), [ctx.params]);
  const t = useMemo(() => toolTranslator(LOGISTICS_TEXTS, ctx.lang), [ctx.lang]);
  return { view, t };
}

/** Translate function type of the logistics tools. */
export type LogisticsTranslate = ToolTranslate<keyof typeof LOGISTICS_TEXTS.vi>;
