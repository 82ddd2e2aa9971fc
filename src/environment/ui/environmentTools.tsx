import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Map2DToolContext, WorkspaceTools } from '../../app/tools/WorkspaceTools.ts';
import { EnvironmentPanel } from './EnvironmentPanel.tsx';
import { EnvironmentScene } from './EnvironmentScene.tsx';

/** The 2D part in a chunk of its own: deck.gl is fetched only when the map is opened. */
const EnvironmentMap = lazy(() => import('./EnvironmentMap.tsx').then((m) => ({ default: m.EnvironmentMap })));

/** Calls `done` once mounted — after the siblings before it, so the map's own hold is already in place. */
function ReleaseWhenMounted({ done }: { done: () => void }) {
  useEffect(done, [done]);
  return null;
}

/** Map2D: loads the 2D part, holding `data-ready` until it has mounted (and taken its own hold). */
function EnvironmentMap2D(ctx: Map2DToolContext) {
  const { holdReady } = ctx;
  const [mounted, setMounted] = useState(false);
  useEffect(() => (mounted ? undefined : holdReady('environment 2D loading')), [mounted, holdReady]);
  const onMounted = useCallback(() => setMounted(true), []);
  return (
    <Suspense fallback={null}>
      <EnvironmentMap {...ctx} />
      <ReleaseWhenMounted done={onMounted} />
    </Suspense>
  );
}

/**
 * Tools of the environment workspace: live air-quality stations with VN_AQI, the interpolated
 * surface, Gaussian plumes from registered sources, the 24-hour replay and alerts
 * (docs/environment-ui.md) — in 3D (Cesium) and on the 2D map (`view=2d`, docs/environment-2d.md).
 */
const environmentTools: WorkspaceTools = {
  Panel: EnvironmentPanel,
  Scene3D: EnvironmentScene,
  Map2D: EnvironmentMap2D,
};
export default environmentTools;
