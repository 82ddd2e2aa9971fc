import { useMemo } from 'react';
import type { LineString } from 'geojson';
import { flowChoices, freightFlows, selectFlows, type FreightFlow } from './freightFlows.ts';
import type { LogisticsView } from './logisticsParams.ts';
import { LOGISTICS_COLLECTIONS, loadCollection } from './logisticsApi.ts';
import { useLoaded } from './useLoaded.ts';

/** Flows, their choices and the selected ones (commodity, period from the URL). */
export interface FlowsState {
  loaded: boolean;
  error: string | undefined;
  all: FreightFlow[];
  selected: FreightFlow[];
  commodities: string[];
  periods: string[];
}

/** The freight flows (`logistics-flows`) and the selection. */
export function useFlows(view: Pick<LogisticsView, 'commodity' | 'period'>): FlowsState {
  const loaded = useLoaded(LOGISTICS_COLLECTIONS.flows, () => loadCollection<LineString>(LOGISTICS_COLLECTIONS.flows));
  const all = useMemo(() => (loaded?.ok ? freightFlows(loaded.value.features) : []), [loaded]);
  const choices = useMemo(() => flowChoices(all), [all]);
  const selected = useMemo(() => selectFlows(all, view.commodity, view.period), [all, view.commodity, view.period]);
  return { loaded: loaded !== undefined, error: loaded && !loaded.ok ? loaded.error : undefined, all, selected, ...choices };
}
