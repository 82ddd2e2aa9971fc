import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { setMapStatus } from './mapStatusStore.ts';

/**
 * With `on` (URL `fps=1`, for the `fleet` benchmark): the map repaints continuously and the frames
 * it draws each second are counted (MapLibre `render` events) into the map status.
 */
export function useFrameRate(map: MapLibreMap, on: boolean): void {
  useEffect(() => {
    if (!on) return;
    let frames = 0;
    const onRender = () => frames++;
    map.on('render', onRender);
    map.repaint = true;
    const timer = window.setInterval(() => {
      setMapStatus({ fps: frames });
      frames = 0;
    }, 1000);
    return () => {
      window.clearInterval(timer);
      map.repaint = false;
      map.off('render', onRender);
      setMapStatus({ fps: undefined });
    };
  }, [map, on]);
}
