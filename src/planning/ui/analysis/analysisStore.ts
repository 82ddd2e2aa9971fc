/**
 * State shared by the analysis panel and the 3D scene, which the shell mounts apart (the panel in
 * the right column, the scene inside the Cesium viewer): points being picked and the latest result.
 * The URL stays the source of truth for the analysis inputs; this store only holds what a link
 * cannot (clicks in progress) or need not (results, recomputed from the link).
 */
import { useSyncExternalStore } from 'react';
import type { AnalysisTool, GeoPoint } from '../../analysis/analysisParams.ts';
import type { AnyAnalysisOutput } from './analysisLabels.ts';

/** Clicks collected for a tool that needs more than one point before it can run. */
export interface PendingPicks {
  tool: AnalysisTool;
  points: GeoPoint[];
}

/** The latest run: `key` identifies its inputs (the URL parameters it came from). */
export type AnalysisRun =
  | { key: string; status: 'running' }
  | { key: string; status: 'done'; output: AnyAnalysisOutput }
  | { key: string; status: 'error'; message: string };

/** Everything in the store. */
export interface AnalysisStoreState {
  /** The tool waiting for clicks in the view; undefined = clicks are not captured. */
  picking?: PendingPicks;
  run?: AnalysisRun;
  /** Why the last pick was refused (e.g. an area too large). */
  notice?: 'tooLarge';
  /** Viewshed radius chosen in the panel for the next observer, m. */
  viewshedRadiusM?: number;
  /** Day chosen in the panel's sun controls (`YYYY-MM-DD`, Huế), used for sun hours. */
  sunDate?: string;
}

let state: AnalysisStoreState = {};
const listeners = new Set<() => void>();

/** The store's current state. */
export function getAnalysisState(): AnalysisStoreState {
  return state;
}

/** Merges `patch` into the store and notifies subscribers. */
export function updateAnalysisState(patch: Partial<AnalysisStoreState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React hook: the store's state, re-rendering on change. */
export function useAnalysisStore(): AnalysisStoreState {
  return useSyncExternalStore(subscribe, getAnalysisState, getAnalysisState);
}
