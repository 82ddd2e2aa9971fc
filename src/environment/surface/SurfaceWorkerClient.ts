/**
 * Main-thread side of the surface worker. Latest wins: while one surface is being computed, only
 * the newest of the requests that arrive meanwhile is kept and sent next, so a burst of live
 * observations costs at most one extra computation.
 */
import type { SurfaceGrid } from './SurfaceGrid.ts';
import type { SurfaceMethod, SurfaceRequest, SurfaceResponse } from './surfaceMessages.ts';

/** Input of one surface: grid and sensor values (degrees, any unit). */
export interface SurfaceInput {
  grid: SurfaceGrid;
  lon: Float64Array;
  lat: Float64Array;
  value: Float64Array;
  /** IDW power; default 2. */
  power?: number;
  /** Default `idw`. */
  method?: SurfaceMethod;
}

/** Runs IDW surfaces in a dedicated module worker; `onResult` gets every finished surface. */
export class SurfaceWorkerClient {
  private readonly worker: Worker;
  private nextId = 1;
  private busy = false;
  private pending: SurfaceInput | undefined;

  /** Starts the worker (Vite bundles `surfaceWorker.ts` as its own chunk). */
  constructor(private readonly onResult: (result: SurfaceResponse) => void, onError: (message: string) => void) {
    this.worker = new Worker(new URL('./surfaceWorker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<SurfaceResponse>) => {
      this.busy = false;
      this.onResult(event.data);
      this.flush();
    };
    this.worker.onerror = (event) => {
      this.busy = false;
      onError(event.message || 'surface worker failed');
      this.flush();
    };
  }

  /** Queues a surface; replaces any queued one that has not started yet. */
  request(input: SurfaceInput): void {
    this.pending = input;
    this.flush();
  }

  /** Stops the worker; later results are dropped. */
  dispose(): void {
    this.pending = undefined;
    this.worker.terminate();
  }

  private flush(): void {
    if (this.busy || !this.pending) return;
    const input = this.pending;
    this.pending = undefined;
    this.busy = true;
    const message: SurfaceRequest = { id: this.nextId++, ...input };
    this.worker.postMessage(message);
  }
}
