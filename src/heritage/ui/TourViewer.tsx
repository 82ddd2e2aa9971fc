import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import type { ToolTranslate } from '../../ui/i18n/toolTranslator.ts';
import { pickText } from '../player/localizedText.ts';
import type { PlaybackAction } from '../player/playbackState.ts';
import type { TourLang } from '../player/tourTypes.ts';
import type { ImmersiveContent } from '../vr/ImmersiveViewer.ts';
import { formatWhen } from './formatWhen.ts';
import type { HeritageMessageKey } from './heritageMessages.ts';
import { OnSiteGuide } from './OnSiteGuide.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { SubtitleOverlay } from './SubtitleOverlay.tsx';
import { tourStore, useTourStore } from './tourStore.ts';
import { useNarration } from './useNarration.ts';
import { useTourKeyboard } from './useTourKeyboard.ts';
import { useStopModel } from './useStopModel.ts';

/** The 360°/VR view brings three.js: loaded only when opened. */
const PanoramaOverlay = lazy(() => import('./PanoramaOverlay.tsx'));

/** Props of {@link TourViewer}. */
export interface TourViewerProps {
  ctx: ToolContext;
  t: ToolTranslate<HeritageMessageKey>;
  /** Shown for heritage editors: opens the editor on this tour. */
  onEdit?: (id: string) => void;
  /** Leaves the tour (back to the list, or back to the editor after a preview). */
  onClose: () => void;
  /** A draft preview: no share link, no version line. */
  preview?: boolean;
}

/**
 * Plays the tour in the store: title and version line, controls, narration language, the stops
 * (click to jump), panorama/model view, on-site guide, share link and bundle download, and the
 * subtitle card over the map. Keyboard: Space, ←, →.
 */
export function TourViewer({ ctx, t, onEdit, onClose, preview = false }: TourViewerProps) {
  const { tour, served, playback, lang, error, drawn } = useTourStore();
  const [immersive, setImmersive] = useState<ImmersiveContent>();
  const dispatch = useCallback((action: PlaybackAction) => tourStore.dispatch(action), []);
  useTourKeyboard(Boolean(tour), dispatch);
  const speech = useNarration(tour, playback, lang);
  const { setParams } = ctx;
  const index = playback?.index;

  // The stop lives in the URL, so a link reproduces it.
  useEffect(() => {
    if (preview || index === undefined) return;
    setParams({ stop: index > 0 ? String(index + 1) : undefined }, 'debounced');
  }, [preview, index, setParams]);

  // A panorama-only stop opens its panorama.
  const stop = tour && index !== undefined ? tour.stops[index] : undefined;
  const modelUrl = useStopModel(served, stop);
  useEffect(() => {
    if (stop?.panoramaUrl && !stop.camera) setImmersive({ kind: 'panorama', url: stop.panoramaUrl });
  }, [stop]);

  if (error) return <p className="warning" data-tour-error>{t('tours.error', { message: error })} <button type="button" className="link" onClick={onClose}>{t('tours.back')}</button></p>;
  if (!tour || !playback || !stop) return <p className="muted">{t('tour.loading')}</p>;

  const setLang = (l: TourLang) => {
    tourStore.setLang(l);
    if (!preview) setParams({ narration: l });
  };
  const partial = served?.languages?.partial ?? [];
  const shareUrl = served?.version ? `${location.origin}${location.pathname}#/heritage?tour=${encodeURIComponent(tour.id)}&v=${served.version}` : undefined;
  const note = speech === 'no-speech-api' ? t('tour.noSpeech') : speech === 'no-voice' ? t('tour.subtitlesOnly', { lang: lang.toUpperCase() }) : undefined;

  return (
    <div className="tour-viewer" data-testid="tour-viewer" data-tour-id={tour.id} data-tour-version={tour.version ?? 'draft'}
      data-stop-index={playback.index} data-drawn-stop={drawn?.index ?? ''} data-drawn-camera={drawn?.camera ?? ''}>
      <button type="button" className="link" onClick={onClose}>{preview ? t('edit.stopPreview') : t('tours.back')}</button>
      <h3 className="tour-title" data-testid="tour-title">{pickText(tour.title, lang)?.text}</h3>
      <p className="muted tour-meta" data-testid="tour-meta">
        {preview ? t('tour.draft') : t('tour.version', { v: tour.version ?? '?' })}
        {served?.publishedBy && ` · ${t('tour.publishedBy', { who: served.publishedBy, when: formatWhen(served.publishedAt, ctx.lang) })}`}
      </p>
      {served?.version && served.latestVersion && served.version < served.latestVersion && (
        <p className="warning">{t('tour.oldVersion', { v: served.version, latest: served.latestVersion })}</p>
      )}
      <PlaybackControls playback={playback} dispatch={dispatch} languages={tour.languages} partial={partial} lang={lang} onLang={setLang} t={t} />
      <ol className="tour-stops">
        {tour.stops.map((s, i) => (
          <li key={s.id} className={i === playback.index ? 'current' : undefined}>
            <button type="button" className="link" aria-current={i === playback.index ? 'step' : undefined} onClick={() => dispatch({ type: 'goto', index: i })}>
              {pickText(s.title, lang)?.text ?? s.id}
            </button>
          </li>
        ))}
      </ol>
      <div className="tour-actions">
        {stop.panoramaUrl && <button type="button" onClick={() => setImmersive({ kind: 'panorama', url: stop.panoramaUrl! })}>{t('vr.open')}</button>}
        {modelUrl && <button type="button" data-testid="tour-model" onClick={() => setImmersive({ kind: 'model', url: modelUrl })}>{t('vr.model')}</button>}
        {!preview && served?.version && <a className="button" href={`/api/tours/${encodeURIComponent(tour.id)}/bundle?v=${served.version}`} download data-testid="tour-bundle">{t('tour.download')}</a>}
        {onEdit && <button type="button" onClick={() => onEdit(tour.id)}>{t('tour.edit')}</button>}
      </div>
      <OnSiteGuide tour={tour} lang={lang} onGo={(i) => dispatch({ type: 'goto', index: i })} t={t} />
      {shareUrl && (
        <label className="tour-share">{t('tour.share')}
          <input readOnly value={shareUrl} data-testid="tour-share" onFocus={(e) => e.target.select()} />
        </label>
      )}
      <p className="muted small">{t('tour.keys')}</p>
      <SubtitleOverlay tour={tour} playback={playback} lang={lang} note={note} dispatch={dispatch} t={t} />
      {immersive && <Suspense fallback={null}><PanoramaOverlay content={immersive} onClose={() => setImmersive(undefined)} t={t} /></Suspense>}
    </div>
  );
}
