import type { ToolTranslate } from '../../ui/i18n/toolTranslator.ts';
import type { PlaybackAction, PlaybackState } from '../player/playbackState.ts';
import { TOUR_LANGS, type TourLang } from '../player/tourTypes.ts';
import type { HeritageMessageKey } from './heritageMessages.ts';

/** Props of {@link PlaybackControls}. */
export interface PlaybackControlsProps {
  playback: PlaybackState;
  dispatch: (action: PlaybackAction) => void;
  languages: readonly TourLang[];
  /** Languages offered but not complete (marked). */
  partial: readonly TourLang[];
  lang: TourLang;
  onLang: (lang: TourLang) => void;
  t: ToolTranslate<HeritageMessageKey>;
}

/** Previous / play-pause / next and the narration language switch (the tour's languages). */
export function PlaybackControls({ playback, dispatch, languages, partial, lang, onLang, t }: PlaybackControlsProps) {
  const ordered = TOUR_LANGS.filter((l) => languages.includes(l));
  return (
    <div className="tour-controls">
      <div className="tour-buttons" role="group">
        <button type="button" data-testid="tour-previous" onClick={() => dispatch({ type: 'previous' })} disabled={playback.index === 0 && !playback.loop} aria-label={t('tour.previous')} title={t('tour.previous')}>«</button>
        <button type="button" data-testid="tour-play" className="primary" onClick={() => dispatch({ type: 'toggle' })} aria-pressed={playback.playing}>
          {playback.playing ? `❚❚ ${t('tour.pause')}` : `▶ ${t('tour.play')}`}
        </button>
        <button type="button" data-testid="tour-next" onClick={() => dispatch({ type: 'next' })} disabled={playback.index === playback.stopCount - 1 && !playback.loop} aria-label={t('tour.next')} title={t('tour.next')}>»</button>
      </div>
      <div className="tour-langs" role="group" aria-label={t('tour.narration')}>
        {ordered.map((l) => (
          <button key={l} type="button" lang={l} data-tour-lang={l} aria-pressed={l === lang} className={l === lang ? 'active' : undefined} onClick={() => onLang(l)}
            title={partial.includes(l) ? t('tour.partial') : undefined}>
            {l.toUpperCase()}{partial.includes(l) ? '*' : ''}
          </button>
        ))}
      </div>
    </div>
  );
}
