/** Draws sun hours as a coloured grid on the ground (samples inside buildings left clear). */
import type { Viewer } from 'cesium';
import type { SunHoursOutput } from '../../analysis/runAnalysis.ts';
import { SUN_HOURS_ALPHA, sunHoursRgb } from './analysisColours.ts';
import type { Drawing } from './Drawing.ts';
import { drawGroundImage } from './drawGroundImage.ts';
import { entityDrawing } from './entityDrawing.ts';
import { gridCanvas } from './gridCanvas.ts';

/** Colour steps of the ramp (hours are coloured to 1/64 of the day's length). */
const STEPS = 64;

/** Adds the sun-hours grid to `viewer`, coloured from 0 h to the day's length. */
export function drawSunHours(viewer: Viewer, output: SunHoursOutput): Drawing {
  const max = output.daylightHours || 1;
  const ramp = Array.from({ length: STEPS + 1 }, (_, i) => [...sunHoursRgb(i / STEPS), SUN_HOURS_ALPHA]);
  const image = gridCanvas(output.cols, output.rows, (i) => {
    const h = output.hours[i]!;
    return Number.isNaN(h) ? undefined : ramp[Math.round((h / max) * STEPS)];
  });
  const entity = drawGroundImage(viewer, output.rect, image, 'sun hours');
  viewer.scene.requestRender();
  return entityDrawing(viewer, [entity]);
}
