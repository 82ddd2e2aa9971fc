/** Draws any analysis result with the drawing made for its kind. */
import type { Viewer } from 'cesium';
import type { Lang } from '../../../ui/i18n/messages.ts';
import { resultLabel, type AnyAnalysisOutput } from './analysisLabels.ts';
import type { Drawing } from './Drawing.ts';
import { drawLineOfSight } from './drawLineOfSight.ts';
import { drawMeasurement } from './drawMeasurement.ts';
import { drawSunHours } from './drawSunHours.ts';
import { drawViewshed } from './drawViewshed.ts';

/** Adds the drawing of `output` to `viewer`, labelled in `lang`. */
export function drawAnalysis(viewer: Viewer, output: AnyAnalysisOutput, lang: Lang): Drawing {
  const label = resultLabel(output, lang);
  switch (output.kind) {
    case 'viewshed':
      return drawViewshed(viewer, output, label);
    case 'los':
      return drawLineOfSight(viewer, output, label);
    case 'sunhours':
      return drawSunHours(viewer, output);
    default:
      return drawMeasurement(viewer, output, label);
  }
}
