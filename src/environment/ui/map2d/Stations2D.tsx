/**
 * Stations on the 2D map: circles in the VN_AQI category colour with the AQI inside and the code
 * below, on top of everything. A click near a circle opens the station card (`station=`), the same
 * card as in 3D, and nothing else. Renders no DOM.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../../../ui/i18n/messages.ts';
import type { StationReading } from '../stations/stationReading.ts';
import { STATION_RADIUS_PX, stationLayers } from './environmentDeckLayers.ts';
import { stationAt, stationPoints } from './stationPoints.ts';
import type { SetDeckSlot } from './useDeckSlots.ts';

/** Props of the 2D stations. */
export interface Stations2DProps {
  map: MapLibreMap;
  readings: readonly StationReading[];
  lang: Lang;
  noDataText: string;
  selected: number | undefined;
  onSelect: (stationId: number) => void;
  setSlot: SetDeckSlot;
  /** Called after the layers of a non-empty reading list were handed to the map. */
  onDrawn: () => void;
}

/** Draws the stations and opens a station on click; nothing in the DOM. */
export function Stations2D({ map, readings, lang, noDataText, selected, onSelect, setSlot, onDrawn }: Stations2DProps) {
  const points = useMemo(() => stationPoints(readings, lang, noDataText, selected), [readings, lang, noDataText, selected]);
  const latest = useRef({ points, onSelect });
  latest.current = { points, onSelect };
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    setSlot('stations', stationLayers(points));
    if (points.length > 0) onDrawnRef.current();
  }, [points, setSlot]);
  useEffect(() => () => setSlot('stations', []), [setSlot]);

  // A click on a station is ours alone: caught on the way down (capture) and stopped there, so the
  // map's own click (the shell's generic picking) does not also open the feature under the circle.
  useEffect(() => {
    const container = map.getContainer();
    const onClick = (e: MouseEvent) => {
      const rect = map.getCanvas().getBoundingClientRect();
      const projected = latest.current.points.map((p) => ({ id: p.id, ...map.project(p.position) }));
      const id = stationAt(projected, e.clientX - rect.left, e.clientY - rect.top, STATION_RADIUS_PX * 1.25);
      if (id === undefined) return;
      e.stopPropagation();
      latest.current.onSelect(id);
    };
    container.addEventListener('click', onClick, { capture: true });
    return () => container.removeEventListener('click', onClick, { capture: true });
  }, [map]);
  return null;
}
