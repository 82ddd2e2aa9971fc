/**
 * Runs the analysis the URL describes and draws it: measurements at once, building analyses in
 * the worker (buildings fetched there). Readiness is held from the start until the drawing is on
 * screen, so a link's analysis is part of the first complete frame. A newer state cancels an older
 * run; a language switch only redraws the labels (no refetch).
 */
import { useEffect, useRef, useState } from 'react';
import type { Viewer } from 'cesium';
import type { Lang } from '../../../ui/i18n/messages.ts';
import type { AnalysisState } from '../../analysis/analysisParams.ts';
import { measure } from '../../analysis/measure.ts';
import { needsBuildings } from '../../analysis/runAnalysis.ts';
import type { AnyAnalysisOutput } from './analysisLabels.ts';
import { updateAnalysisState } from './analysisStore.ts';
import { drawAnalysis } from './drawAnalysis.ts';
import { runAnalysisInWorker } from './runAnalysisInWorker.ts';
import { whenDrawn } from './whenDrawn.ts';

/** Computes and draws `analysis` (identified by `key`) in `viewer`; clears it when it goes away. */
export function useAnalysisRun(
  viewer: Viewer | undefined,
  analysis: AnalysisState | undefined,
  key: string,
  lang: Lang,
  holdReady: (reason: string) => () => void,
): void {
  const [result, setResult] = useState<{ key: string; output: AnyAnalysisOutput }>();
  const releaseRef = useRef<() => void>(undefined);

  useEffect(() => {
    if (!viewer || viewer.isDestroyed() || !analysis) {
      updateAnalysisState({ run: undefined });
      setResult(undefined);
      return;
    }
    let cancelled = false;
    const release = holdReady(`planning analysis ${analysis.tool}`);
    releaseRef.current = release;
    updateAnalysisState({ run: { key, status: 'running' } });
    const compute: Promise<AnyAnalysisOutput> = needsBuildings(analysis) ? runAnalysisInWorker(analysis) : Promise.resolve(measure(analysis));
    compute.then(
      (output) => {
        if (cancelled) return;
        setResult({ key, output });
        updateAnalysisState({ run: { key, status: 'done', output } });
      },
      (error: unknown) => {
        if (cancelled) return;
        console.error('planning analysis failed', error);
        updateAnalysisState({ run: { key, status: 'error', message: error instanceof Error ? error.message : String(error) } });
        release();
      },
    );
    return () => {
      cancelled = true;
      release();
    };
    // `analysis` is identified by `key` (its serialised form), so it is not a dependency itself.
  }, [viewer, key, holdReady]);

  useEffect(() => {
    if (!viewer || viewer.isDestroyed() || !result || result.key !== key) return;
    const drawing = drawAnalysis(viewer, result.output, lang);
    const cancelWait = whenDrawn(viewer, drawing, () => releaseRef.current?.());
    return () => {
      cancelWait();
      drawing.remove();
    };
  }, [viewer, result, key, lang]);
}
