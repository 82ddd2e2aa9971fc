import { describe, expect, it } from 'vitest';
import { initialPlayback, playbackReducer, stopProgress, type PlaybackAction, type PlaybackState } from '../../../../src/heritage/player/playbackState.ts';

const run = (state: PlaybackState, ...actions: PlaybackAction[]) => actions.reduce(playbackReducer, state);
const tick = (dtS: number, durationS = 10): PlaybackAction => ({ type: 'tick', dtS, durationS });

describe('playback state machine', () => {
  it('starts paused at the first stop unless autoplay; refuses a tour without stops', () => {
    expect(initialPlayback({ stopCount: 3 })).toMatchObject({ index: 0, playing: false, elapsedS: 0, finished: false });
    expect(initialPlayback({ stopCount: 3, autoplay: true, startIndex: 7 })).toMatchObject({ index: 2, playing: true });
    expect(() => initialPlayback({ stopCount: 0 })).toThrow(/at least one stop/);
  });

  it('next and previous stop at the ends without loop, wrap with loop', () => {
    const s = initialPlayback({ stopCount: 3 });
    expect(run(s, { type: 'next' }, { type: 'next' }, { type: 'next' }).index).toBe(2);
    expect(run(s, { type: 'previous' })).toBe(s);
    const looped = initialPlayback({ stopCount: 3, loop: true });
    expect(run(looped, { type: 'next' }, { type: 'next' }, { type: 'next' }).index).toBe(0);
    expect(run(looped, { type: 'previous' }).index).toBe(2);
  });

  it('moving resets the elapsed time; goto clamps', () => {
    const s = run(initialPlayback({ stopCount: 4, autoplay: true }), tick(4));
    expect(s.elapsedS).toBe(4);
    expect(run(s, { type: 'next' })).toMatchObject({ index: 1, elapsedS: 0 });
    expect(run(s, { type: 'goto', index: 99 }).index).toBe(3);
    expect(run(s, { type: 'goto', index: -5 }).index).toBe(0);
  });

  it('autoplay advances after each stop duration and stops (finished) after the last', () => {
    let s = initialPlayback({ stopCount: 2, autoplay: true });
    s = run(s, tick(6), tick(3));
    expect(s).toMatchObject({ index: 0, elapsedS: 9 });
    s = run(s, tick(1.5));
    expect(s).toMatchObject({ index: 1, elapsedS: 0, playing: true });
    s = run(s, tick(10));
    expect(s).toMatchObject({ index: 1, playing: false, finished: true });
    // Play after the end starts over.
    expect(run(s, { type: 'play' })).toMatchObject({ index: 0, playing: true, finished: false });
  });

  it('kiosk loop plays forever: after the last stop comes the first', () => {
    let s = initialPlayback({ stopCount: 3, autoplay: true, loop: true });
    const seen: number[] = [];
    for (let i = 0; i < 7; i++) {
      s = run(s, tick(5, 5));
      seen.push(s.index);
    }
    expect(seen).toEqual([1, 2, 0, 1, 2, 0, 1]);
    expect(s.playing).toBe(true);
  });

  it('ticks do nothing while paused; durations differ per stop', () => {
    const paused = initialPlayback({ stopCount: 2 });
    expect(run(paused, tick(100))).toBe(paused);
    let s = run(paused, { type: 'toggle' });
    s = run(s, tick(20, 30));
    expect(s.index).toBe(0);
    expect(stopProgress(s, 30)).toBeCloseTo(2 / 3);
    s = run(s, tick(10, 30));
    expect(s.index).toBe(1);
    expect(run(s, { type: 'toggle' }).playing).toBe(false);
  });
});
