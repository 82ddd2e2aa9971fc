/**
 * React access to the shared {@link EnvironmentStore}: the store, its snapshot, the shown time
 * (`time=` URL parameter in replay, the live clock otherwise) and every station's reading then.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { parseTimeParam, replayWindow } from '../../replay/replayWindow.ts';
import type { StationReading } from '../stations/stationReading.ts';
import { environmentStore, retainEnvironmentStore, type EnvironmentSnapshot, type EnvironmentStore } from './EnvironmentStore.ts';

/** What {@link useEnvironment} gives a component. */
export interface EnvironmentView {
  store: EnvironmentStore;
  snapshot: EnvironmentSnapshot;
  /** Shown time, epoch ms. */
  time: number;
  /** True in replay (a `time` parameter), false live. */
  replay: boolean;
  readings: StationReading[];
}

/** The shared environment data at the time the URL asks for. */
export function useEnvironment(params: Record<string, string>): EnvironmentView {
  const store = useMemo(() => environmentStore(), []);
  useEffect(() => retainEnvironmentStore(store), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const replayTime = parseTimeParam(params.time, replayWindow(Math.max(Date.now(), snapshot.liveNow)));
  const time = replayTime ?? snapshot.liveNow;
  useEffect(() => {
    if (replayTime !== undefined && snapshot.status === 'ready') void store.ensureHistoryFor(replayTime);
  }, [store, replayTime, snapshot.status]);
  const readings = useMemo(() => store.readingsAt(time), [store, time, snapshot.revision, snapshot.stations]);
  return { store, snapshot, time, replay: replayTime !== undefined, readings };
}
