/** Shortest horizontal travel that counts as a swipe, in CSS pixels. */
export const MIN_SWIPE_PX = 50;

/**
 * Reads a touch gesture from its start and end points (CSS pixels): `next` for a swipe to the
 * left, `previous` for one to the right; undefined for a tap, a short move or a mostly vertical
 * one (scrolling).
 */
export function swipeDirection(start: { x: number; y: number }, end: { x: number; y: number }, minPx = MIN_SWIPE_PX): 'next' | 'previous' | undefined {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (Math.abs(dx) < minPx || Math.abs(dx) < Math.abs(dy) * 1.5) return undefined;
  return dx < 0 ? 'next' : 'previous';
}
