import { useMemo } from 'react';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { filterFacilitiesByStages, type ChainStage } from './chainStages.ts';
import { LOGISTICS_COLLECTIONS, loadCollection } from './logisticsApi.ts';
import { useLoaded, type Loaded } from './useLoaded.ts';

/** A facility feature with its id copied into `properties.id` (MapLibre GeoJSON sources need it there). */
export type FacilityFeature = Feature<Point, Record<string, unknown>>;

/** All facilities and those shown for the stage selection. */
export interface FacilitiesState {
  loaded: Loaded<FeatureCollection>;
  all: FacilityFeature[];
  shown: FacilityFeature[];
}

/** The facilities (`logistics-facilities`, all pages) and the stage-filtered subset. */
export function useFacilities(stages: ReadonlySet<ChainStage>): FacilitiesState {
  const loaded = useLoaded(LOGISTICS_COLLECTIONS.facilities, () => loadCollection<Point>(LOGISTICS_COLLECTIONS.facilities));
  const all = useMemo<FacilityFeature[]>(() => {
    if (!loaded?.ok) return [];
    return loaded.value.features
      .filter((f): f is Feature<Point> => f.geometry?.type === 'Point')
      .map((f) => ({ ...f, properties: { ...(f.properties ?? {}), id: String(f.id ?? f.properties?.id ?? '') } }));
  }, [loaded]);
  const shown = useMemo(() => filterFacilitiesByStages(all, stages), [all, stages]);
  return { loaded, all, shown };
}
