import { describe, expect, it } from 'vitest';
import { LiveCursor, liveReconnectDelayMs } from '../../../../src/app/live/liveCursor.ts';
import { parseLiveQuery } from '../../../../src/server/push/liveQuery.ts';

const loc = { protocol: 'http:', host: 'localhost:8080' };
const msg = (...events: unknown[]) => JSON.stringify(events);

describe('LiveCursor', () => {
  it('opens on the page origin with the filter in the query, ws or wss', () => {
    expect(new LiveCursor().url(loc)).toBe('ws://localhost:8080/api/live');
    expect(new LiveCursor({ types: ['observation', 'alert'], things: [3, 4] }).url({ protocol: 'https:', host: 'hue.example' }))
      .toBe('wss://hue.example/api/live?types=observation,alert&things=3,4');
  });

  it('delivers events in order, drops duplicates and protocol events, and resumes after the last seq', () => {
    const cursor = new LiveCursor({ types: ['observation'] });
    expect(cursor.accept(msg({ type: 'hello', epoch: 'e1', seq: 10 }))).toEqual({ events: [], gap: false });
    const first = cursor.accept(msg({ type: 'observation', seq: 11 }, { type: 'observation', seq: 12 }));
    expect(first.events.map((e) => e.seq)).toEqual([11, 12]);
    // A replay overlapping what was delivered: only the new one comes through.
    expect(cursor.accept(msg({ type: 'observation', seq: 12 }, { type: 'observation', seq: 13 })).events.map((e) => e.seq)).toEqual([13]);
    expect(cursor.url(loc)).toBe('ws://localhost:8080/api/live?types=observation&since=13&epoch=e1');
    expect(cursor.accept(msg({ type: 'subscribed' }))).toEqual({ events: [], gap: false });
  });

  it('reports a gap when the server restarted or says so, and starts over from the new run', () => {
    const cursor = new LiveCursor();
    cursor.accept(msg({ type: 'hello', epoch: 'e1', seq: 0 }, { type: 'tileset', seq: 1 }));
    expect(cursor.accept(msg({ type: 'hello', epoch: 'e2', seq: 5 })).gap).toBe(true);
    expect(cursor.url(loc)).toBe('ws://localhost:8080/api/live?since=5&epoch=e2');
    expect(cursor.accept(msg({ type: 'gap' })).gap).toBe(true);
    expect(cursor.accept(msg({ type: 'tileset', seq: 6 })).events).toHaveLength(1);
  });

  it('ignores malformed messages', () => {
    const cursor = new LiveCursor();
    expect(cursor.accept('not json')).toEqual({ events: [], gap: false });
    expect(cursor.accept(msg(null, 42, { noType: true }))).toEqual({ events: [], gap: false });
  });

  it('backs off from 1 s to at most 30 s, with jitter', () => {
    expect(liveReconnectDelayMs(0, 0.5)).toBe(1000);
    expect(liveReconnectDelayMs(3, 0.5)).toBe(8000);
    expect(liveReconnectDelayMs(50, 0.5)).toBe(30_000);
    expect(liveReconnectDelayMs(50, 1)).toBe(36_000);
    expect(liveReconnectDelayMs(0, 0)).toBe(800);
  });

  it('builds URLs the server parses back into the same subscription', () => {
    const cursor = new LiveCursor({ types: ['observation'], datastreams: [1, 2], things: [7] });
    cursor.accept(msg({ type: 'hello', epoch: 'abc123', seq: 41 }));
    const query = Object.fromEntries(new URL(cursor.url(loc).replace(/^ws/, 'http')).searchParams);
    const parsed = parseLiveQuery(query);
    expect(parsed.filter?.types).toEqual(new Set(['observation']));
    expect(parsed.filter?.datastreams).toEqual(new Set([1, 2]));
    expect(parsed.filter?.things).toEqual(new Set([7]));
    expect(parsed).toMatchObject({ since: 41, epoch: 'abc123' });
    expect(parseLiveQuery({ since: '-1', epoch: 'BAD!' })).toEqual({ filter: undefined, since: undefined, epoch: undefined });
  });
});
