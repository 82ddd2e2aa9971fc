import { useEffect, useMemo, useRef, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import type { LineString, MultiLineString } from 'geojson';
import { subscribeLive } from '../../app/live/subscribeLive.ts';
import { fleetClock, roadGraph, syntheticTrips, tripWindows, type Trip } from './fleetTrips.ts';
import { fleetLayers, TRAIL_LENGTH_S } from './fleetLayers.ts';
import type { LogisticsView } from './logisticsParams.ts';
import { LOGISTICS_COLLECTIONS, loadCollection } from './logisticsApi.ts';
import { useLoaded } from './useLoaded.ts';
import { appendPosition, loadWasteTruckTrips, pointResult, type WasteTruck } from './wasteTrucks.ts';

/** Replay period of the synthetic fleet (its trips loop over it), seconds. Default 900 (a 15-minute loop keeps 5,000 trails light to draw). */
export const SYNTHETIC_PERIOD_S = 900;
/** The synthetic trails drawn are re-cut to a window this long (plus the trail) every time it passes, seconds. Default 60. */
export const TRAIL_WINDOW_S = 60;
/** How much waste-truck history is loaded for replay, ms. Default 1 h. */
export const WASTE_HISTORY_MS = 3_600_000;

/** Counts shown in the panel. */
export interface FleetCounts {
  synthetic: number;
  waste: number;
}

/**
 * The live fleet as deck.gl layers, redrawn every animation frame while shown: synthetic trucks
 * on the network (`vehicles=`), and the environment simulator's waste trucks (history over
 * SensorThings, then live positions pushed on `/api/live`). `replay=` shows the fleet that many
 * minutes back.
 */
export function useFleet(view: Pick<LogisticsView, 'showFleet' | 'vehicles' | 'replayMin'>): { layers: Layer[]; counts: FleetCounts } {
  const network = useLoaded(view.showFleet ? LOGISTICS_COLLECTIONS.network : undefined, () => loadCollection<LineString>(LOGISTICS_COLLECTIONS.network));
  const graph = useMemo(() => (network?.ok ? roadGraph(network.value.features as { type: 'Feature'; geometry: LineString | MultiLineString; properties: Record<string, unknown> }[]) : undefined), [network]);
  const synthetic = useMemo(() => (graph && view.showFleet ? syntheticTrips(graph, { count: view.vehicles, durationS: SYNTHETIC_PERIOD_S }) : []), [graph, view.showFleet, view.vehicles]);

  // Waste trucks: time on their clock = seconds since `epoch` (small numbers keep float32 precision in the shader).
  const epoch = useRef(Date.now() - WASTE_HISTORY_MS);
  const [waste, setWaste] = useState<Trip[]>([]);
  useEffect(() => {
    if (!view.showFleet) return;
    let closed = false;
    let unsubscribe: (() => void) | undefined;
    void loadWasteTruckTrips(Date.now() - WASTE_HISTORY_MS, epoch.current).then((r) => {
      if (closed || !r.ok || r.value.trucks.length === 0) return;
      setWaste(r.value.trips);
      const byDatastream = new Map<number, WasteTruck>(r.value.trucks.map((t) => [t.positionDatastream, t]));
      unsubscribe = subscribeLive({ types: ['observation'], datastreams: [...byDatastream.keys()] }, {
        onEvents: (events) => {
          const updates = events.flatMap((e) => {
            const truck = byDatastream.get(Number(e.ds));
            const p = pointResult(e.result);
            const t = Date.parse(String(e.t ?? '').split('/')[0]);
            return truck && p && Number.isFinite(t) ? [{ id: `waste-truck-${truck.code}`, p, s: (t - epoch.current) / 1000 }] : [];
          });
          if (updates.length > 0) setWaste((trips) => trips.map((trip) => updates.filter((u) => u.id === trip.id).reduce((acc, u) => appendPosition(acc, u.p, u.s), trip)));
        },
      });
    });
    return () => {
      closed = true;
      unsubscribe?.();
    };
  }, [view.showFleet]);

  const [now, setNow] = useState(() => Date.now());
  const animate = view.showFleet && (synthetic.length > 0 || waste.length > 0);
  useEffect(() => {
    if (!animate) return;
    // The fleet stands still until the view is ready: a map repainting every frame never goes
    // `idle`, and readiness waits for an idle map (the first frame drawn is the fleet at that time).
    let frame = requestAnimationFrame(function tick() {
      if (document.documentElement.dataset.ready === 'true') setNow(Date.now());
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [animate]);

  // Trails of the synthetic fleet: only the current window of each trip is drawn, re-cut once a window.
  const windowStart = Math.floor(fleetClock(now, SYNTHETIC_PERIOD_S, view.replayMin) / TRAIL_WINDOW_S) * TRAIL_WINDOW_S;
  const syntheticWindow = useMemo(() => tripWindows(synthetic, windowStart - TRAIL_LENGTH_S.truck, windowStart + TRAIL_WINDOW_S), [synthetic, windowStart]);

  const layers = useMemo(() => {
    if (!view.showFleet) return [];
    const back = view.replayMin;
    return [
      ...fleetLayers('truck', synthetic, fleetClock(now, SYNTHETIC_PERIOD_S, back), syntheticWindow),
      ...fleetLayers('waste-truck', waste, (now - epoch.current) / 1000 - back * 60),
    ];
  }, [view.showFleet, view.replayMin, synthetic, syntheticWindow, waste, now]);
  return { layers, counts: { synthetic: synthetic.length, waste: waste.length } };
}
