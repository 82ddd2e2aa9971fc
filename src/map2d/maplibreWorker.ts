/** Points MapLibre at its worker bundle emitted by Vite (MapLibre 6 cannot find it by itself in a bundle). */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

/** The URL of MapLibre's worker script as served by our build. */
export const MAPLIBRE_WORKER_URL = workerUrl;
