import { useEffect } from 'react';
import type { PlaybackAction } from '../player/playbackState.ts';

/** Whether a key press belongs to a text field (typing must not drive the tour). */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}

/** Space plays/pauses, ← and → go to the previous/next stop, while `active` (a tour is open). */
export function useTourKeyboard(active: boolean, dispatch: (action: PlaybackAction) => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const action: PlaybackAction | undefined = e.key === ' ' ? { type: 'toggle' }
        : e.key === 'ArrowRight' ? { type: 'next' }
          : e.key === 'ArrowLeft' ? { type: 'previous' } : undefined;
      if (!action) return;
      // Buttons would also click on Space: the tour handles it once.
      e.preventDefault();
      dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, dispatch]);
}
