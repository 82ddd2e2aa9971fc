/**
 * `npm run bench [-- NAME...]`: runs the benchmarks (all, or the named ones) and prints one JSON
 * object per line on stdout: `{"bench","metric","value","unit","machine",...}`. Progress goes to
 * stderr. Every bench is bounded and removes its processes and temp dirs, also on Ctrl-C.
 * `data-ready` takes workspace names after it: `npm run bench -- data-ready planning logistics`.
 */
import { analysisBench } from './analysisBench.ts';
import { bundleBench } from './bundleBench.ts';
import { runCleanups } from './cleanup.ts';
import { dataReadyBench } from './dataReadyBench.ts';
import { emit, progress } from './emit.ts';
import { featuresBench } from './featuresBench.ts';
import { fleetBench } from './fleetBench.ts';
import { importBench } from './importBench.ts';
import { ingestBench } from './ingestBench.ts';
import { logisticsBench } from './logisticsBench.ts';
import { planningBench } from './planningBench.ts';
import { startupBench } from './startupBench.ts';
import { surfaceBench } from './surfaceBench.ts';
import { tiles3dBench } from './tilesBench.ts';
import { tourBench } from './tourBench.ts';
import { tourBundleBench } from './tourBundleBench.ts';

const BENCHES: Record<string, (args: string[]) => Promise<void>> = {
  bundle: () => bundleBench(),
  startup: () => startupBench(),
  'data-ready': (args) => dataReadyBench(args),
  features: () => featuresBench(),
  tiles3d: () => tiles3dBench(),
  import: () => importBench(),
  ingest: () => ingestBench(),
  surface: () => surfaceBench(),
  logistics: () => logisticsBench(),
  fleet: () => fleetBench(),
  analysis: () => analysisBench(),
  'tour-bundle': () => tourBundleBench(),
  planning: () => planningBench(),
  tour: () => tourBench(),
};

async function main(argv: string[]): Promise<number> {
  const named = argv.filter((a) => a in BENCHES);
  const unknown = argv.filter((a) => !(a in BENCHES) && !argv.includes('data-ready'));
  if (unknown.length) {
    console.error(`unknown bench "${unknown[0]}"; choose from: ${Object.keys(BENCHES).join(', ')}`);
    return 2;
  }
  const names = named.length ? named : Object.keys(BENCHES);
  const extra = argv.filter((a) => !(a in BENCHES));
  let failed = 0;
  for (const name of names) {
    progress(`${name}…`);
    const t0 = performance.now();
    try {
      await BENCHES[name](extra);
    } catch (error) {
      failed++;
      emit({ bench: name, metric: 'error', value: null, unit: '', error: (error as Error).message.split('\n')[0] });
    } finally {
      await runCleanups();
    }
    progress(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return failed ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    progress(`${signal}: cleaning up`);
    void runCleanups().finally(() => process.exit(130));
  });
}

main(process.argv.slice(2)).then(
  async (code) => {
    await runCleanups();
    process.exit(code);
  },
  async (error: unknown) => {
    console.error(error);
    await runCleanups();
    process.exit(1);
  },
);
