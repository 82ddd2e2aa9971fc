/**
 * Station markers in the 3D view: a billboard per station (AQI number on its category colour) and
 * a label with the station code, both always on top (no depth test). Clicking a marker opens the
 * station card (`station=` URL parameter). Imperative Cesium primitives, removed on unmount.
 */
import { useEffect, useRef } from 'react';
import { useCesium } from 'resium';
import {
  BillboardCollection, Cartesian2, Cartesian3, Color, defined, HorizontalOrigin, LabelCollection, LabelStyle,
  ScreenSpaceEventHandler, ScreenSpaceEventType, VerticalOrigin, type Billboard, type Label,
} from 'cesium';
import type { Lang } from '../../../ui/i18n/messages.ts';
import { stationBadge } from '../stations/stationBadge.ts';
import type { StationReading } from '../stations/stationReading.ts';
import { BADGE_SIZE, badgeCanvas, badgeKey } from './badgeCanvas.ts';

/** Marks a picked billboard as one of ours. */
interface StationPickId {
  environmentStation: number;
}

/** Props: readings to draw, the open station, and what a click does. */
export interface StationMarkersProps {
  readings: readonly StationReading[];
  lang: Lang;
  noDataText: string;
  selected: number | undefined;
  onSelect: (stationId: number) => void;
  /** Called after the markers of a non-empty reading list were drawn. */
  onDrawn: () => void;
}

/** Draws the station markers and handles clicks on them. */
export function StationMarkers({ readings, lang, noDataText, selected, onSelect, onDrawn }: StationMarkersProps) {
  const { viewer } = useCesium();
  const collections = useRef<{ billboards: BillboardCollection; labels: LabelCollection; byStation: Map<number, { billboard: Billboard; label: Label }> }>(undefined);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    const billboards = viewer.scene.primitives.add(new BillboardCollection({ scene: viewer.scene })) as BillboardCollection;
    const labels = viewer.scene.primitives.add(new LabelCollection({ scene: viewer.scene })) as LabelCollection;
    collections.current = { billboards, labels, byStation: new Map() };
    const handler = new ScreenSpaceEventHandler(viewer.scene.canvas);
    handler.setInputAction((event: ScreenSpaceEventHandler.PositionedEvent) => {
      const hit = viewer.scene.pick(event.position) as { id?: unknown } | undefined;
      const id = defined(hit) ? (hit.id as StationPickId | undefined) : undefined;
      if (id && typeof id === 'object' && typeof id.environmentStation === 'number') onSelectRef.current(id.environmentStation);
    }, ScreenSpaceEventType.LEFT_CLICK);
    return () => {
      handler.destroy();
      collections.current = undefined;
      if (!viewer.isDestroyed()) {
        viewer.scene.primitives.remove(billboards);
        viewer.scene.primitives.remove(labels);
      }
    };
  }, [viewer]);

  useEffect(() => {
    const c = collections.current;
    if (!viewer || viewer.isDestroyed() || !c) return;
    const seen = new Set<number>();
    for (const r of readings) {
      const s = r.station;
      seen.add(s.id);
      const badge = stationBadge(r.aqi, lang, noDataText);
      const image = badgeCanvas(badge, s.id === selected);
      let entry = c.byStation.get(s.id);
      if (!entry) {
        const position = Cartesian3.fromDegrees(s.lon, s.lat, 30);
        const id: StationPickId = { environmentStation: s.id };
        const billboard = c.billboards.add({
          position, id, width: BADGE_SIZE, height: BADGE_SIZE,
          verticalOrigin: VerticalOrigin.CENTER, disableDepthTestDistance: Number.POSITIVE_INFINITY,
        });
        const label = c.labels.add({
          position, id, text: s.code ?? s.name, font: '600 12px system-ui, "Segoe UI", Roboto, sans-serif',
          fillColor: Color.WHITE, outlineColor: Color.BLACK, outlineWidth: 3, style: LabelStyle.FILL_AND_OUTLINE,
          horizontalOrigin: HorizontalOrigin.CENTER, verticalOrigin: VerticalOrigin.TOP,
          pixelOffset: new Cartesian2(0, BADGE_SIZE / 2 + 2), disableDepthTestDistance: Number.POSITIVE_INFINITY,
        });
        entry = { billboard, label };
        c.byStation.set(s.id, entry);
      }
      entry.billboard.setImage(badgeKey(badge, s.id === selected), image);
      entry.billboard.scale = s.id === selected ? 1.25 : 1;
    }
    for (const [id, entry] of c.byStation) {
      if (seen.has(id)) continue;
      c.billboards.remove(entry.billboard);
      c.labels.remove(entry.label);
      c.byStation.delete(id);
    }
    viewer.scene.requestRender();
    if (readings.length > 0) onDrawnRef.current();
  }, [viewer, readings, lang, noDataText, selected]);

  return null;
}
