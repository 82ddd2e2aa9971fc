/**
 * The time slider: live by default; dragging or playing sets `time=` (replay of the last 24 h) and
 * loads the history it needs; play/pause and speed; "back to live" removes `time`.
 */
import { useEffect, useRef, useState } from 'react';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import { advanceReplay, formatTimeParam, REPLAY_SPEEDS, replayWindow } from '../../replay/replayWindow.ts';
import type { EnvironmentView } from '../data/useEnvironment.ts';
import { useEnvironmentText } from '../useEnvironmentText.ts';

/** Real-time milliseconds between two replay steps. */
const STEP_MS = 400;

/** Formats an epoch time for the panel in the UI language (local time zone of the browser). */
export function formatShownTime(timeMs: number, lang: string): string {
  return new Date(timeMs).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' });
}

/** Props: the tool context and the environment view. */
export function ReplayControls({ ctx, env }: { ctx: ToolContext; env: EnvironmentView }) {
  const t = useEnvironmentText(ctx.lang);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(REPLAY_SPEEDS[1]!);
  const window24 = replayWindow(env.snapshot.liveNow);
  const timeRef = useRef(env.time);
  timeRef.current = env.time;
  const { setParams } = ctx;
  const { store } = env;

  useEffect(() => {
    if (!playing) return;
    void store.ensureReplayHistory();
    let last = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      const step = advanceReplay(timeRef.current, now - last, speed, replayWindow(Date.now()));
      last = now;
      timeRef.current = step.time;
      setParams({ time: formatTimeParam(step.time) }, 'debounced');
      if (step.ended) setPlaying(false);
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, speed, setParams, store]);

  const seek = (value: number) => {
    void store.ensureReplayHistory();
    setParams({ time: formatTimeParam(value) }, 'debounced');
  };

  return (
    <section className="env-section env-replay" aria-label={t('time.label')}>
      <div className="env-row">
        <span className={`env-mode ${env.replay ? 'replay' : 'live'}`} data-testid="env-mode">
          {env.replay ? t('live.replay') : t('live.live')}
        </span>
        <strong className="env-time" data-testid="env-time">{formatShownTime(env.time, ctx.lang)}</strong>
        {env.snapshot.liveStatus !== 'open' && <span className="muted">{t(env.snapshot.liveStatus === 'connecting' ? 'live.connecting' : 'live.reconnecting')}</span>}
        {env.snapshot.historyLoading && <span className="muted">{t('time.loadingHistory')}</span>}
      </div>
      <input
        type="range" className="env-slider" aria-label={t('time.label')}
        min={window24.from} max={window24.to} step={60_000} value={Math.min(window24.to, Math.max(window24.from, env.time))}
        onChange={(e) => seek(Number(e.currentTarget.value))}
      />
      <div className="env-row">
        <button type="button" className="env-button" onClick={() => {
          if (!env.replay) seek(window24.from);
          setPlaying(!playing);
        }}>
          {playing ? `⏸ ${t('time.pause')}` : `▶ ${t('time.play')}`}
        </button>
        <label className="env-inline">
          {t('time.speed')}
          <select value={speed} onChange={(e) => setSpeed(Number(e.currentTarget.value))}>
            {REPLAY_SPEEDS.map((s) => <option key={s} value={s}>×{s}</option>)}
          </select>
        </label>
        {env.replay && (
          <button type="button" className="env-button" onClick={() => {
            setPlaying(false);
            setParams({ time: undefined });
          }}>{t('time.goLive')}</button>
        )}
      </div>
    </section>
  );
}
