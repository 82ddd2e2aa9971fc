import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Calls `onReady(readyKey)` once per key when the style is loaded (the map exists only after
 * `load`), all visible layers' data is loaded and handed to deck.gl (`applied` changed after that),
 * and the map then reports `idle` (everything drawn, deck.gl layers included), plus one frame.
 */
export function useMapReadiness(
  map: MapLibreMap | undefined,
  { dataLoaded, applied, readyKey, onReady }: { dataLoaded: boolean; applied: number; readyKey: string; onReady: (key: string) => void },
): void {
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  const doneFor = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!map || !dataLoaded || applied === 0 || doneFor.current === readyKey) return;
    let cancelled = false;
    let frame = 0;
    const onIdle = () => {
      frame = requestAnimationFrame(() => {
        if (cancelled) return;
        doneFor.current = readyKey;
        onReadyRef.current(readyKey);
      });
    };
    map.once('idle', onIdle);
    map.triggerRepaint();
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      map.off('idle', onIdle);
    };
  }, [map, dataLoaded, applied, readyKey]);
}
