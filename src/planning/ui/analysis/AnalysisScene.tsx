import { useMemo } from 'react';
import { useCesium } from 'resium';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import { parseAnalysisParams, VIEWSHED_RADIUS } from '../../analysis/analysisParams.ts';
import { useAnalysisStore } from './analysisStore.ts';
import { todayInHue } from './todayInHue.ts';
import { useAnalysisRun } from './useAnalysisRun.ts';
import { usePointPicking } from './usePointPicking.ts';
import { useSunLighting } from './useSunLighting.ts';

/**
 * The planning analysis tools inside the Cesium viewer: sun and shadows from `sun=`, the active
 * analysis from `tool=` and its parameters (computed and drawn), and point picking for the active
 * tool. Renders no DOM.
 */
export function AnalysisScene(context: ToolContext) {
  const { viewer } = useCesium();
  const { params, setParams, lang, holdReady } = context;
  const parsed = useMemo(() => parseAnalysisParams(params), [params]);
  const key = parsed.analysis ? JSON.stringify(parsed.analysis) : '';
  useSunLighting(viewer, parsed.sun?.getTime());
  useAnalysisRun(viewer, parsed.analysis, key, lang, holdReady);
  const measured = parsed.analysis && 'points' in parsed.analysis ? parsed.analysis.points : [];
  const { viewshedRadiusM, sunDate } = useAnalysisStore();
  const radiusM = (parsed.analysis?.tool === 'viewshed' ? parsed.analysis.radiusM : undefined) ?? viewshedRadiusM ?? VIEWSHED_RADIUS.default;
  usePointPicking(viewer, {
    tool: parsed.tool,
    context: { measured, radiusM, date: sunDate ?? params.sun?.slice(0, 10) ?? todayInHue() },
    setParams,
  });
  return null;
}
