import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { setDocumentReady, setDocumentReadyHolds } from './readiness.ts';

/** What {@link useReadiness} returns. */
export interface Readiness {
  ready: boolean;
  /** The view reports its first complete frame for `key`. */
  markReady: (key: string) => void;
  /** Holds readiness back (workspace tools still drawing); returns the release function. */
  holdReady: (reason: string) => () => void;
}

/**
 * Tracks readiness of the current view, identified by `readyKey` (workspace + render mode).
 * Resets `data-ready` to "false" whenever the key changes; `markReady(key)` sets it to "true" only
 * if that key is still current (a late report from a previous workspace is ignored) and no tool
 * holds it back; the last released hold then completes it.
 */
export function useReadiness(readyKey: string): Readiness {
  const current = useRef(readyKey);
  const viewReadyFor = useRef<string | undefined>(undefined);
  const holds = useRef(new Map<number, string>());
  const nextHold = useRef(0);
  const [readyFor, setReadyFor] = useState<string | undefined>(undefined);

  const showHolds = useCallback(() => {
    setDocumentReadyHolds([...(viewReadyFor.current === current.current ? [] : ['view']), ...holds.current.values()]);
  }, []);

  const complete = useCallback(() => {
    const key = current.current;
    showHolds();
    if (viewReadyFor.current !== key || holds.current.size > 0) return;
    setDocumentReady(true);
    setReadyFor(key);
  }, [showHolds]);

  useLayoutEffect(() => {
    current.current = readyKey;
    viewReadyFor.current = undefined;
    setDocumentReady(false);
    showHolds();
  }, [readyKey, showHolds]);

  const markReady = useCallback((key: string) => {
    if (key !== current.current) return;
    viewReadyFor.current = key;
    complete();
  }, [complete]);

  const holdReady = useCallback((reason: string) => {
    const id = nextHold.current++;
    holds.current.set(id, reason);
    showHolds();
    if (document.documentElement.dataset.ready === 'true') {
      setDocumentReady(false);
      setReadyFor(undefined);
    }
    return () => {
      if (holds.current.delete(id)) complete();
    };
  }, [complete, showHolds]);

  return { ready: readyFor === readyKey, markReady, holdReady };
}
