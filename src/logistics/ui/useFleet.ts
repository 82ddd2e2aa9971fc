import { useEffect, useMemo, useRef, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import type { LineString, MultiLineString } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { subscribeLive } from '../../app/live/subscribeLive.ts';
import { loopWindowRanges, packSegments } from './fleet/fleetSegments.ts';
import { fleetClock, roadGraph, syntheticTrips, type Trip } from './fleetTrips.ts';
import { fleetLayer, TRAIL_LENGTH_S } from './fleetLayers.ts';
import type { LogisticsView } from './logisticsParams.ts';
import { LOGISTICS_COLLECTIONS, loadCollection } from './logisticsApi.ts';
import { useLoaded } from './useLoaded.ts';
import { appendPosition, loadWasteTruckTrips, pointResult, wasteTruckFeature, type WasteTruck } from './wasteTrucks.ts';

/** Replay period of the synthetic fleet (its trips loop over it), seconds. Default 900 (a 15-minute loop keeps 5,000 trails light to draw). */
export const SYNTHETIC_PERIOD_S = 900;
/** The synthetic segments uploaded cover a window this long (plus the trail), re-cut every time it passes, seconds. Default 60. */
export const TRAIL_WINDOW_S = 60;
/** How much waste-truck history is loaded for replay, ms. Default 1 h. */
export const WASTE_HISTORY_MS = 3_600_000;

/** Counts shown in the panel. */
export interface FleetCounts {
  synthetic: number;
  waste: number;
}

/**
 * The live fleet as deck.gl layers: synthetic trucks on the network (`vehicles=`), and the
 * environment simulator's waste trucks (history over SensorThings, then live positions pushed on
 * `/api/live`). `replay=` shows the fleet that many minutes back. The layers move on the GPU from
 * a shared clock: a requestAnimationFrame loop (outside React) advances the clock and asks the map
 * for a frame; React renders again only when data change or the synthetic window is re-cut.
 */
export function useFleet(view: Pick<LogisticsView, 'showFleet' | 'vehicles' | 'replayMin'>, map: MapLibreMap): { layers: Layer[]; counts: FleetCounts } {
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

  // The clock every fleet layer reads when drawn: wall time of the frame, replay offset.
  const clock = useRef({ nowMs: Date.now(), replayMin: view.replayMin });
  clock.current.replayMin = view.replayMin;
  const clocks = useMemo(() => ({
    synthetic: () => fleetClock(clock.current.nowMs, SYNTHETIC_PERIOD_S, clock.current.replayMin),
    waste: () => (clock.current.nowMs - epoch.current) / 1000 - clock.current.replayMin * 60,
  }), []);
  const windowOf = () => Math.floor(clocks.synthetic() / TRAIL_WINDOW_S) * TRAIL_WINDOW_S;
  const [windowStart, setWindowStart] = useState(windowOf);

  const animate = view.showFleet && (synthetic.length > 0 || waste.length > 0);
  useEffect(() => {
    if (!animate) return;
    // The fleet stands still until the view is ready: a map repainting every frame never goes
    // `idle`, and readiness waits for an idle map (the first frame drawn is the fleet at that time).
    let frame = requestAnimationFrame(function tick() {
      if (document.documentElement.dataset.ready === 'true') {
        clock.current.nowMs = Date.now();
        setWindowStart(windowOf());
        map.triggerRepaint();
      }
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [animate, map]); // windowOf reads refs only
  useEffect(() => setWindowStart(windowOf()), [view.replayMin]); // a new replay offset moves the window at once

  // Synthetic segments: only the current window of each trip (and the trail behind it) is uploaded,
  // re-cut once a window; the last window of the loop also holds the first, so the clock can wrap
  // before React has re-cut.
  const syntheticSegments = useMemo(() => packSegments(synthetic, loopWindowRanges(windowStart, TRAIL_WINDOW_S, TRAIL_LENGTH_S.truck, SYNTHETIC_PERIOD_S)), [synthetic, windowStart]);
  const wasteSegments = useMemo(() => packSegments(waste), [waste]);
  const wasteFeatures = useMemo(() => waste.map((trip) => wasteTruckFeature(trip, epoch.current)), [waste]);

  const layers = useMemo(() => {
    if (!view.showFleet) return [];
    return [
      ...(synthetic.length > 0 ? [fleetLayer('truck', synthetic, syntheticSegments, clocks.synthetic)] : []),
      ...(waste.length > 0 ? [fleetLayer('waste-truck', wasteFeatures, wasteSegments, clocks.waste)] : []),
    ];
  }, [view.showFleet, synthetic, syntheticSegments, waste.length, wasteFeatures, wasteSegments, clocks]);
  return { layers, counts: { synthetic: synthetic.length, waste: waste.length } };
}
