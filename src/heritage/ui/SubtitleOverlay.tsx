import { useRef } from 'react';
import { createPortal } from 'react-dom';
import type { ToolTranslate } from '../../ui/i18n/toolTranslator.ts';
import { pickText } from '../player/localizedText.ts';
import type { PlaybackAction, PlaybackState } from '../player/playbackState.ts';
import { swipeDirection } from '../player/swipeDirection.ts';
import type { PlayableTour, TourLang } from '../player/tourTypes.ts';
import type { HeritageMessageKey } from './heritageMessages.ts';
import { overlayRoot } from './overlayRoot.ts';

/** Props of {@link SubtitleOverlay}. */
export interface SubtitleOverlayProps {
  tour: PlayableTour;
  playback: PlaybackState;
  lang: TourLang;
  /** A line under the subtitle (speech unavailable, language fallback). */
  note?: string;
  dispatch: (action: PlaybackAction) => void;
  t: ToolTranslate<HeritageMessageKey>;
}

/**
 * The narration as a subtitle card over the bottom of the view: stop title, text in the chosen
 * language (marked when another language stands in), and a progress bar. Swiping the card left/right
 * goes to the next/previous stop on touch screens.
 */
export function SubtitleOverlay({ tour, playback, lang, note, dispatch, t }: SubtitleOverlayProps) {
  const stop = tour.stops[playback.index];
  const title = pickText(stop.title, lang);
  const text = pickText(stop.narration, lang);
  const touch = useRef<{ x: number; y: number } | undefined>(undefined);
  const progress = Math.min(1, playback.elapsedS / stop.durationS);
  const fallback = text?.fallback ? t('tour.fallback', { lang: lang.toUpperCase(), used: text.lang.toUpperCase() }) : undefined;
  return createPortal(
    <div
      className="tour-subtitles"
      data-testid="tour-subtitles"
      onTouchStart={(e) => (touch.current = { x: e.touches[0].clientX, y: e.touches[0].clientY })}
      onTouchEnd={(e) => {
        const end = e.changedTouches[0];
        const dir = touch.current && swipeDirection(touch.current, { x: end.clientX, y: end.clientY });
        if (dir) dispatch({ type: dir });
      }}
    >
      <div className="tour-subtitle-head">
        <span className="tour-stop-count">{t('tour.stopOf', { n: playback.index + 1, total: playback.stopCount })}</span>
        <strong data-testid="tour-stop-title" lang={title?.lang}>{title?.text}</strong>
      </div>
      <p className="tour-subtitle-text" data-testid="tour-subtitle" lang={text?.lang} aria-live="polite">{text?.text}</p>
      {(fallback || note || playback.finished) && (
        <p className="tour-subtitle-note">{[fallback, note, playback.finished ? t('tour.finished') : undefined].filter(Boolean).join(' ')}</p>
      )}
      <div className="tour-progress" aria-hidden="true"><span style={{ width: `${(progress * 100).toFixed(1)}%` }} /></div>
    </div>,
    overlayRoot(),
  );
}
