/** Things a bench must undo even when it fails or is interrupted (processes, temp dirs). */
type Cleanup = () => unknown;
const pending = new Set<Cleanup>();

/** Registers `fn` to run at the end (or on Ctrl-C); returns a function that runs and unregisters it. */
export function onCleanup(fn: Cleanup): () => Promise<void> {
  pending.add(fn);
  return async () => {
    if (!pending.delete(fn)) return;
    await fn();
  };
}

/** Runs every registered cleanup, newest first; never throws. */
export async function runCleanups(): Promise<void> {
  for (const fn of [...pending].reverse()) {
    pending.delete(fn);
    try {
      await fn();
    } catch {
      // keep cleaning up the rest
    }
  }
}
