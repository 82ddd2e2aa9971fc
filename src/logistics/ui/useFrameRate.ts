import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { setMapStatus } from './mapStatusStore.ts';

/**
 * With `on` (URL `fps=1`, for the `fleet` benchmark): once the view is ready the map repaints
 * continuously and the frames it draws each second are counted (MapLibre `render` events) into the
 * map status.
 */
export function useFrameRate(map: MapLibreMap, on: boolean): void {
  useEffect(() => {
    if (!on) return;
    let frames = 0;
    const onRender = () => frames++;
    map.on('render', onRender);
    // Continuous repainting starts once the view is ready (a map that never goes idle never gets ready).
    // Frames over the time really elapsed (a busy main thread fires the timer late).
    let since = performance.now();
    const timer = window.setInterval(() => {
      const ready = document.documentElement.dataset.ready === 'true';
      if (ready && !map.repaint) map.repaint = true;
      const now = performance.now();
      setMapStatus({ fps: ready ? Math.round((frames / ((now - since) / 1000)) * 10) / 10 : undefined });
      frames = 0;
      since = now;
    }, 1000);
    return () => {
      window.clearInterval(timer);
      map.repaint = false;
      map.off('render', onRender);
      setMapStatus({ fps: undefined });
    };
  }, [map, on]);
}
