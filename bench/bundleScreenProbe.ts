/**
 * Bundles bench/screenProbe.ts (and the app's live client it imports) into one classic script
 * for `page.addScriptTag`, with Vite's own bundler (a dependency already); no files are written.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenProbe.ts');

/** The probe as JavaScript source text (an IIFE that sets `window.screenProbe`). */
export async function bundleScreenProbe(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'screenProbeBundle', fileName: () => 'screenProbe.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('bundling bench/screenProbe.ts produced no script');
  return chunk.code;
}
