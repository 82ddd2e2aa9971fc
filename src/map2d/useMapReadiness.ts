import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Inputs of {@link useMapReadiness}. */
export interface MapReadinessInput {
  /** Every visible layer that needs downloaded features has them (or failed). */
  dataLoaded: boolean;
  /** Bumped each time the layers were applied to the map (MapLibre sources/style layers, deck.gl layers). */
  applied: number;
  readyKey: string;
  onReady: (key: string) => void;
}

/**
 * Calls `onReady(readyKey)` once per key when the style is loaded (the map exists only after
 * `load`), all visible layers are applied (`applied` changed after `dataLoaded`), and then on an
 * `idle` the vector tiles of every source are loaded (`areTilesLoaded`) — plus one animation frame.
 */
export function useMapReadiness(map: MapLibreMap | undefined, { dataLoaded, applied, readyKey, onReady }: MapReadinessInput): void {
  const callbacks = useRef({ onReady });
  callbacks.current = { onReady };
  const doneFor = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!map || !dataLoaded || applied === 0 || doneFor.current === readyKey) return;
    let cancelled = false;
    let frame = 0;
    const onIdle = () => {
      if (!map.areTilesLoaded()) return;
      map.off('idle', onIdle);
      frame = requestAnimationFrame(() => {
        if (cancelled) return;
        doneFor.current = readyKey;
        callbacks.current.onReady(readyKey);
      });
    };
    map.on('idle', onIdle);
    map.triggerRepaint();
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      map.off('idle', onIdle);
    };
  }, [map, dataLoaded, applied, readyKey]);
}
