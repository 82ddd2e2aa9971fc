/** The texts of results (panel and 3D labels), in the UI language, with units. */
import type { Lang } from '../../../ui/i18n/messages.ts';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import { formatArea, formatLength } from '../../analysis/formatMeasure.ts';
import type { MeasurementOutput } from '../../analysis/measure.ts';
import type { AnalysisOutput } from '../../analysis/runAnalysis.ts';
import type { AnalysisMessageKey } from './analysisMessages.ts';

/** Any result the tools show. */
export type AnyAnalysisOutput = AnalysisOutput | MeasurementOutput;

/** Formats a 0–1 fraction as a percentage with one decimal. */
export function formatPercent(fraction: number, lang: Lang): string {
  return `${(fraction * 100).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

/** Formats hours with one decimal. */
export function formatHours(hours: number, lang: Lang): string {
  return hours.toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The one-line summary of a result (also the label drawn in 3D). */
export function resultSummary(output: AnyAnalysisOutput, t: ToolTranslate<AnalysisMessageKey>, lang: Lang): string {
  switch (output.kind) {
    case 'viewshed':
      return t('result.visibleFraction', { fraction: formatPercent(output.visibleFraction, lang), radius: formatLength(output.radiusM, lang) });
    case 'los':
      if (output.visible || !output.blockedAt) return t('result.losVisible', { length: formatLength(output.lengthM, lang) });
      return t('result.losBlocked', {
        id: output.blockedBy ?? '?',
        distance: formatLength(output.blockedDistanceM ?? 0, lang),
        height: formatLength(output.blockedAt.h, lang),
      });
    case 'sunhours':
      return t('result.sunMean', { mean: formatHours(output.meanHours, lang), daylight: formatHours(output.daylightHours, lang), date: output.date });
    case 'distance':
      return t('result.distance', { length: formatLength(output.lengthM, lang) });
    case 'area':
      return t('result.area', { area: formatArea(output.areaM2, lang), perimeter: formatLength(output.lengthM, lang) });
    case 'height':
      return t('result.height', { height: formatLength(output.heightM, lang) });
  }
}

/** The short label drawn in 3D (the value only). */
export function resultLabel(output: AnyAnalysisOutput, lang: Lang): string {
  switch (output.kind) {
    case 'viewshed':
      return formatPercent(output.visibleFraction, lang);
    case 'los':
      return output.visible ? '✓' : `✗ ${output.blockedBy ?? ''}`.trim();
    case 'sunhours':
      return '';
    case 'distance':
      return output.points.length >= 2 ? formatLength(output.lengthM, lang) : '';
    case 'area':
      return output.points.length >= 3 ? formatArea(output.areaM2, lang) : '';
    case 'height':
      return formatLength(output.heightM, lang);
  }
}
