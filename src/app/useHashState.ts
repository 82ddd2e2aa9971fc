import { useCallback, useEffect, useRef, useState } from 'react';
import { parseHash, serializeHash, type ViewState } from './urlState.ts';

/** Delay before a camera move is written to the URL, in milliseconds. */
export const HASH_WRITE_DELAY_MS = 400;

/** How a state change reaches the URL: now, or debounced (camera moves). Both use `history.replaceState`. */
export type HashWrite = 'now' | 'debounced';

/**
 * The view state mirrored in `location.hash`. Changes are written with `history.replaceState`
 * (no history spam); `hashchange` (links, back button, hand edits) is read back.
 */
export function useHashState(): [ViewState, (update: (state: ViewState) => ViewState, write?: HashWrite) => void] {
  const [state, setState] = useState<ViewState>(() => parseHash(window.location.hash));
  const stateRef = useRef(state);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const onHashChange = () => {
      window.clearTimeout(timer.current);
      const next = parseHash(window.location.hash);
      stateRef.current = next;
      setState(next);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const update = useCallback((fn: (state: ViewState) => ViewState, write: HashWrite = 'now') => {
    const next = fn(stateRef.current);
    if (next === stateRef.current) return;
    stateRef.current = next;
    setState(next);
    const writeHash = () => {
      const hash = serializeHash(stateRef.current);
      if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
    };
    window.clearTimeout(timer.current);
    if (write === 'now') writeHash();
    else timer.current = window.setTimeout(writeHash, HASH_WRITE_DELAY_MS);
  }, []);

  return [state, update];
}
