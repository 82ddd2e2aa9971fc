import { useEffect, useRef } from 'react';
import { useCesium } from 'resium';
import { Cartesian3, Cesium3DTileset, Math as CesiumMath, type Viewer } from 'cesium';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { formatCamera } from '../../app/urlState.ts';
import { readCamera } from '../../viewer3d/useCesiumCamera.ts';
import { flyToStop, FLIGHT_DURATION_S } from '../player/stopFlight.ts';
import { whenSceneSettled } from '../player/whenSceneSettled.ts';
import { tourStore, useTourStore } from './tourStore.ts';
import { stopLayersShown, useStopLayers } from './useStopLayers.ts';

/** Whether every shown 3D Tiles layer has the tiles of the current view. */
function tilesetsLoaded(viewer: Viewer): boolean {
  const primitives = viewer.scene.primitives;
  for (let i = 0; i < primitives.length; i++) {
    const p = primitives.get(i) as unknown;
    if (p instanceof Cesium3DTileset && p.show && !p.tilesLoaded) return false;
  }
  return viewer.dataSourceDisplay.ready;
}

/**
 * The tour in the 3D view: flies the camera to each stop (the first one at once), shows the stop's
 * layers, and holds `data-ready` from the moment a tour link opens until its first stop is drawn.
 * Renders no DOM.
 */
export function TourScene(ctx: ToolContext) {
  const { viewer } = useCesium();
  const { tour, playback, session } = useTourStore();
  const index = playback?.index;
  useStopLayers(ctx, tour, index);
  const visibleRef = useRef(ctx.visibleLayerIds);
  visibleRef.current = ctx.visibleLayerIds;
  const catalogIds = useRef(new Set<string>());
  catalogIds.current = new Set(ctx.catalog?.map((l) => l.id));

  // A tour link holds readiness until its first stop is drawn (or the tour failed to load).
  const tourParam = ctx.params.tour;
  const { holdReady } = ctx;
  const release = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    if (!tourParam) return;
    release.current = holdReady(`tour ${tourParam}: first stop`);
    const unsubscribe = tourStore.subscribe(() => {
      const s = tourStore.get();
      if (s.drawn || s.error) release.current?.();
    });
    return () => {
      unsubscribe();
      release.current?.();
    };
  }, [tourParam, holdReady]);

  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    tourStore.readCamera = () => {
      const c = readCamera(viewer);
      return { lonDeg: c.lonDeg, latDeg: c.latDeg, heightM: c.heightM, headingDeg: c.headingDeg, pitchDeg: c.pitchDeg };
    };
    return () => {
      tourStore.readCamera = undefined;
    };
  }, [viewer]);

  const drawnSession = useRef(-1);
  useEffect(() => {
    if (!viewer || viewer.isDestroyed() || !tour || index === undefined) return;
    const stop = tour.stops[index];
    const controller = new AbortController();
    const first = drawnSession.current !== session;
    void (async () => {
      if (stop.camera) {
        const arrived = await flyToStop(viewer.camera, { Cartesian3, Math: CesiumMath }, stop.camera, first ? 0 : FLIGHT_DURATION_S);
        if (!arrived || controller.signal.aborted) return;
      }
      await whenSceneSettled(viewer.scene, () => tilesetsLoaded(viewer) && stopLayersShown(tour, index, visibleRef.current, catalogIds.current), controller.signal);
      drawnSession.current = session;
      tourStore.setDrawn(session, index, formatCamera(readCamera(viewer)));
    })().catch((error: unknown) => {
      if ((error as Error).name !== 'AbortError') console.error('tour stop could not be drawn', error);
    });
    return () => controller.abort();
  }, [viewer, tour, index, session]);

  return null;
}
