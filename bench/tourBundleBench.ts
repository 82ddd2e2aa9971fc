/**
 * `tour-bundle`: the offline bundle of the sample tour (`GET /api/tours/imperial-city-one-hour/bundle`)
 * from a real server on the full sample (built app with the tour player, built 3D Tiles): zip size
 * (target ≤ 50 MB, issue 8), uncompressed size, file count, the largest parts, and the time to
 * assemble it (median of 3). Needs `npm run build` (dist/tour-player/).
 */
import { unzipSync } from 'fflate';
import { startServerProcess } from '../tests/support/startServerProcess.ts';
import { onCleanup } from './cleanup.ts';
import { emit, median, progress, round } from './emit.ts';

/** The sample tour seeded from tours/. */
const SAMPLE_TOUR = 'imperial-city-one-hour';
/** Bundle downloads timed. */
const RUNS = 3;

/** Top-level part of a bundle path: `tilesets/<name>`, `assets`, `media`, or the file itself. */
function partOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'tilesets') return `tilesets/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : path;
}

/** Runs the bench. */
export async function tourBundleBench(): Promise<void> {
  progress('tour-bundle: starting a server on the full sample…');
  const server = await startServerProcess({ timeoutMs: 300_000 });
  onCleanup(() => server.stop());
  const times: number[] = [];
  let zip = new Uint8Array();
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const response = await fetch(`${server.url}/api/tours/${SAMPLE_TOUR}/bundle`);
    if (!response.ok) throw new Error(`GET bundle answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    zip = new Uint8Array(await response.arrayBuffer());
    times.push((performance.now() - t0) / 1000);
  }
  const files = unzipSync(zip);
  const parts = new Map<string, number>();
  let raw = 0;
  for (const [path, bytes] of Object.entries(files)) {
    raw += bytes.length;
    parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + bytes.length);
  }
  const largest = Object.fromEntries([...parts].sort((a, b) => b[1] - a[1]).slice(0, 6));
  emit({ bench: 'tour-bundle', metric: 'sample_bundle_zip', value: zip.length, unit: 'B', target: 50 * 1024 * 1024, files: Object.keys(files).length, tour: SAMPLE_TOUR });
  emit({ bench: 'tour-bundle', metric: 'sample_bundle_raw', value: raw, unit: 'B', largest_parts_raw: largest });
  emit({ bench: 'tour-bundle', metric: 'sample_bundle_build', value: round(median(times)), unit: 's', stat: 'median', runs: RUNS, min: round(Math.min(...times)), max: round(Math.max(...times)) });
  progress(`tour-bundle: ${(zip.length / 1024 / 1024).toFixed(1)} MB zip, ${(raw / 1024 / 1024).toFixed(1)} MB raw, ${Object.keys(files).length} files`);
}
