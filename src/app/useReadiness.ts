import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { setDocumentReady } from './readiness.ts';

/**
 * Tracks readiness of the current view, identified by `readyKey` (workspace + render mode).
 * Resets `data-ready` to "false" whenever the key changes; `markReady(key)` sets it to "true" only
 * if that key is still current (a late report from a previous workspace is ignored).
 */
export function useReadiness(readyKey: string): { ready: boolean; markReady: (key: string) => void } {
  const current = useRef(readyKey);
  const [readyFor, setReadyFor] = useState<string | undefined>(undefined);

  useLayoutEffect(() => {
    current.current = readyKey;
    setDocumentReady(false);
  }, [readyKey]);

  const markReady = useCallback((key: string) => {
    if (key !== current.current) return;
    setDocumentReady(true);
    setReadyFor(key);
  }, []);

  return { ready: readyFor === readyKey, markReady };
}
