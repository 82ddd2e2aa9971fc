/**
 * While a tool is active, left clicks in the 3D view pick points for it (on buildings or the
 * ground) and pending points are shown as markers. The shell's own picking (info panel) goes on.
 */
import { useEffect, useRef } from 'react';
import { Color, ScreenSpaceEventHandler, ScreenSpaceEventType, type Entity, type Viewer } from 'cesium';
import type { AnalysisTool } from '../../analysis/analysisParams.ts';
import { updateAnalysisState, useAnalysisStore, getAnalysisState } from './analysisStore.ts';
import { pickToParams, type PickContext } from './pickToParams.ts';
import { pickSurfacePoint, toCartesian } from './surfacePosition.ts';

/** Inputs of {@link usePointPicking}. */
export interface PointPickingInput {
  tool: AnalysisTool | undefined;
  context: Omit<PickContext, 'tool' | 'pending'>;
  setParams: (patch: Record<string, string | undefined>) => void;
}

/** Captures clicks for the active tool; pending points are kept in the analysis store. */
export function usePointPicking(viewer: Viewer | undefined, { tool, context, setParams }: PointPickingInput): void {
  const latest = useRef({ context, setParams });
  latest.current = { context, setParams };
  const { picking } = useAnalysisStore();

  useEffect(() => {
    updateAnalysisState({ picking: tool ? { tool, points: [] } : undefined, notice: undefined });
    if (!viewer || viewer.isDestroyed() || !tool) return;
    const handler = new ScreenSpaceEventHandler(viewer.scene.canvas);
    handler.setInputAction((event: ScreenSpaceEventHandler.PositionedEvent) => {
      const point = pickSurfacePoint(viewer, event.position);
      if (!point) return;
      const pending = getAnalysisState().picking?.points ?? [];
      const outcome = pickToParams(point, { ...latest.current.context, tool, pending });
      updateAnalysisState({ picking: { tool, points: outcome.pending }, notice: outcome.notice });
      if (outcome.params) latest.current.setParams(outcome.params);
    }, ScreenSpaceEventType.LEFT_CLICK);
    return () => handler.destroy();
  }, [viewer, tool]);

  const points = picking?.points;
  useEffect(() => {
    if (!viewer || viewer.isDestroyed() || !points?.length) return;
    const markers: Entity[] = points.map((p) => viewer.entities.add({
      position: toCartesian(viewer, p),
      point: { pixelSize: 10, color: Color.WHITE, outlineColor: Color.BLACK, outlineWidth: 2, disableDepthTestDistance: Number.POSITIVE_INFINITY },
    }));
    viewer.scene.requestRender();
    return () => {
      if (viewer.isDestroyed()) return;
      for (const m of markers) viewer.entities.remove(m);
      viewer.scene.requestRender();
    };
  }, [viewer, points]);
}
