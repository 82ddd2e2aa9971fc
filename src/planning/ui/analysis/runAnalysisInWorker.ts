/** Client of the analysis worker: one worker for the page, one promise per request. */
import type { AnalysisOutput, BuildingAnalysisState } from '../../analysis/runAnalysis.ts';
import type { AnalysisReply, AnalysisRequest } from './analysisWorker.ts';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (o: AnalysisOutput) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'planning-analysis' });
  worker.addEventListener('message', (event: MessageEvent<AnalysisReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.output);
    else p.reject(new Error(reply.message));
  });
  worker.addEventListener('error', (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || 'analysis worker failed'));
    pending.clear();
    worker = undefined;
  });
  return worker;
}

/** Fetches the buildings `state` needs and runs it in the analysis worker. */
export function runAnalysisInWorker(state: BuildingAnalysisState): Promise<AnalysisOutput> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: AnalysisRequest = { id, state };
    getWorker().postMessage(request);
  });
}
