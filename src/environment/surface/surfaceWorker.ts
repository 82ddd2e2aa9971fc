/**
 * Web Worker that interpolates surfaces off the main thread: receives a {@link SurfaceRequest},
 * answers a {@link SurfaceResponse} with the field's buffer transferred (no copy).
 */
import { fieldRange, idwGrid } from './idw.ts';
import { krigingGrid } from './kriging.ts';
import type { SurfaceRequest, SurfaceResponse } from './surfaceMessages.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SurfaceRequest>) => void) | null;
  postMessage: (message: SurfaceResponse, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  const started = performance.now();
  if (request.method === 'kriging') {
    const { estimate, stddev, variogram } = krigingGrid(request.grid, request);
    const computeMs = performance.now() - started;
    const { min, max } = fieldRange(estimate);
    scope.postMessage({ id: request.id, grid: request.grid, field: estimate, stddev, variogram, min, max, computeMs, method: 'kriging' }, [estimate.buffer, stddev.buffer]);
    return;
  }
  const field = idwGrid(request.grid, request, { power: request.power ?? 2 });
  const computeMs = performance.now() - started;
  const { min, max } = fieldRange(field);
  scope.postMessage({ id: request.id, grid: request.grid, field, min, max, computeMs, method: 'idw' }, [field.buffer]);
};
