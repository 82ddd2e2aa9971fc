import { describe, expect, it } from 'vitest';
import { TourPlayback, type PlaybackClock } from '../../../../src/heritage/player/TourPlayback.ts';
import type { PlayableTour } from '../../../../src/heritage/player/tourTypes.ts';

/** A clock the test moves by hand: `advance(ms)` runs the interval callbacks that fall due. */
function manualClock() {
  let now = 0;
  const timers = new Map<number, { fn: () => void; ms: number; next: number }>();
  let id = 0;
  const clock: PlaybackClock = {
    now: () => now,
    setInterval: (fn, ms) => {
      timers.set(++id, { fn, ms, next: now + ms });
      return id;
    },
    clearInterval: (h) => timers.delete(h as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.values()].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = due.next;
      due.next += due.ms;
      due.fn();
    }
    now = end;
  };
  return { clock, advance, active: () => timers.size };
}

const tour: PlayableTour = {
  id: 't', title: { en: 'T' }, languages: ['en'],
  stops: [
    { id: 'a', title: { en: 'A' }, narration: {}, durationS: 3 },
    { id: 'b', title: { en: 'B' }, narration: {}, durationS: 1 },
  ],
};

describe('TourPlayback', () => {
  it('plays each stop for its own duration, then stops; the timer runs only while playing', () => {
    const { clock, advance, active } = manualClock();
    const p = new TourPlayback(tour, {}, clock);
    const indexes: number[] = [];
    p.subscribe((s) => indexes.push(s.index));
    expect(active()).toBe(0);
    p.dispatch({ type: 'play' });
    expect(active()).toBe(1);
    advance(2_800);
    expect(p.current.index).toBe(0);
    advance(400);
    expect(p.current.index).toBe(1);
    advance(1_200);
    expect(p.current).toMatchObject({ index: 1, playing: false, finished: true });
    expect(active()).toBe(0);
    expect(indexes).toContain(1);
    p.dispose();
  });

  it('loops in kiosk mode (autoplay + loop)', () => {
    const { clock, advance } = manualClock();
    const p = new TourPlayback(tour, { autoplay: true, loop: true }, clock);
    advance(4_200);
    expect(p.current).toMatchObject({ index: 0, playing: true });
    advance(3_200);
    expect(p.current.index).toBe(1);
    p.dispose();
  });
});
