/** Temporary folders for tests and benches, removed by the caller (or by `removeTempDir`). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Creates a fresh folder under the OS temp dir, named `hue-twin-<prefix>-XXXXXX`. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `hue-twin-${prefix}-`));
}

/** Removes a folder made by {@link makeTempDir}; never throws. */
export function removeTempDir(dir: string | undefined): void {
  if (!dir) return;
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // best effort: a leftover temp dir is not worth failing a test for
  }
}
