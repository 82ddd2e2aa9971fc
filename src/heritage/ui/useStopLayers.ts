import { useEffect } from 'react';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import type { PlayableTour } from '../player/tourTypes.ts';

/**
 * Shows the layers of the current stop and hides the other layers the tour uses (layers the tour
 * never mentions are left as the visitor set them). One change per render: the shell's
 * `setLayerVisible` works from the visibility it last rendered, so changes are applied in turn.
 */
export function useStopLayers(ctx: ToolContext, tour: PlayableTour | undefined, index: number | undefined): void {
  const { visibleLayerIds, setLayerVisible, catalog } = ctx;
  useEffect(() => {
    if (!tour || index === undefined || !catalog) return;
    const wanted = tour.stops[index]?.layers;
    if (!wanted) return;
    const known = new Set(catalog.map((l) => l.id));
    const used = new Set(tour.stops.flatMap((s) => s.layers ?? []));
    for (const id of used) {
      if (!known.has(id)) continue;
      const on = wanted.includes(id);
      if (visibleLayerIds.has(id) !== on) {
        setLayerVisible(id, on);
        return;
      }
    }
  }, [tour, index, catalog, visibleLayerIds, setLayerVisible]);
}

/** Whether every catalog layer the stop wants is visible now. */
export function stopLayersShown(tour: PlayableTour, index: number, visible: ReadonlySet<string>, catalogIds: ReadonlySet<string>): boolean {
  return (tour.stops[index]?.layers ?? []).every((id) => !catalogIds.has(id) || visible.has(id));
}
