import { useEffect, useState } from 'react';
import { monumentModelUrl } from '../player/monumentModelUrl.ts';
import type { ServedTour } from '../player/servedTour.ts';
import type { PlayableStop } from '../player/tourTypes.ts';

/** Tileset documents already fetched, by URL (a tour's stops share them). */
const tilesets = new Map<string, Promise<{ root?: unknown } | undefined>>();

function fetchTileset(url: string) {
  let loading = tilesets.get(url);
  if (!loading) {
    loading = fetch(url).then((r) => (r.ok ? r.json() : undefined)).catch(() => undefined);
    tilesets.set(url, loading);
  }
  return loading;
}

/**
 * The glTF model to show for a stop in the VR/3D view: its model asset when the stop has one, else
 * the monument's tile in one of the tour's 3D Tiles layers (the procedural monument models).
 */
export function useStopModel(served: ServedTour | undefined, stop: PlayableStop | undefined): string | undefined {
  const [found, setFound] = useState<{ stopId: string; url: string | undefined }>();
  const monumentId = stop?.monumentId;
  const stopId = stop?.id;
  useEffect(() => {
    if (!stopId || !monumentId || !served?.layers) return;
    let cancelled = false;
    const urls = Object.values(served.layers).filter((l) => l.type === '3dtiles').map((l) => l.url);
    void (async () => {
      for (const url of urls) {
        const tileset = await fetchTileset(url);
        const model = tileset && monumentModelUrl(tileset as Parameters<typeof monumentModelUrl>[0], monumentId, url);
        if (model) {
          if (!cancelled) setFound({ stopId, url: model });
          return;
        }
      }
      if (!cancelled) setFound({ stopId, url: undefined });
    })();
    return () => {
      cancelled = true;
    };
  }, [served, stopId, monumentId]);
  return stop?.modelUrl ?? (found?.stopId === stopId ? found?.url : undefined);
}
