/**
 * Holds the shell's `data-ready` while an environment view draws its first picture (both views use
 * it): released once `drawn` is true, or at once when there is `nothing` to draw (no stations,
 * loading failed), and on unmount.
 */
import { useEffect, useRef } from 'react';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';

/** Holds readiness under `reason` until `drawn || nothing`. */
export function useFirstPictureHold(holdReady: ToolContext['holdReady'], reason: string, drawn: boolean, nothing: boolean): void {
  const release = useRef<() => void>(undefined);
  useEffect(() => {
    const done = holdReady(reason);
    release.current = done;
    return () => {
      done();
      release.current = undefined;
    };
  }, [holdReady, reason]);
  useEffect(() => {
    if (nothing || drawn) release.current?.();
  }, [nothing, drawn]);
}
