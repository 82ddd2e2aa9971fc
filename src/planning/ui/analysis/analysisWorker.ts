/**
 * Web worker: fetches the buildings an analysis needs and runs it (plain TS from
 * src/planning/analysis), so a viewshed or a day of sun hours never freezes the 3D view.
 * Message in: {@link AnalysisRequest}; out: {@link AnalysisReply} (typed arrays transferred).
 */
import { analysisBBox, runAnalysis, type AnalysisOutput, type BuildingAnalysisState } from '../../analysis/runAnalysis.ts';
import { fetchBuildings } from './fetchBuildings.ts';

/** A request to the worker. */
export interface AnalysisRequest {
  id: number;
  state: BuildingAnalysisState;
}

/** The worker's answer to request `id`. */
export type AnalysisReply = { id: number; ok: true; output: AnalysisOutput } | { id: number; ok: false; message: string };

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisRequest>) => void): void;
  postMessage(message: AnalysisReply, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, state } = event.data;
  fetchBuildings(analysisBBox(state))
    .then((features) => {
      const output = runAnalysis(state, features);
      const transfer = output.kind === 'viewshed'
        ? [output.cells.buffer, output.visibleRoofs.positions.buffer, output.visibleRoofs.indices.buffer, output.hiddenRoofs.positions.buffer, output.hiddenRoofs.indices.buffer]
        : output.kind === 'sunhours' ? [output.hours.buffer] : [];
      scope.postMessage({ id, ok: true, output }, transfer as Transferable[]);
    })
    .catch((error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }));
});
