/**
 * The standalone tour player (dist/tour-player/index.html): plays a bundle's tour with the same
 * state machine as the app, from file:// with no server. `?kiosk=1` autoplays and loops with the
 * controls hidden; `?lang=fr` picks the narration language. Sets `<html data-ready="true">` when
 * the first stop is drawn, and `data-stop`/`data-camera` on `<html>` after each stop.
 */
import { chooseTourLang } from '../heritage/player/localizedText.ts';
import { fromServedTour } from '../heritage/player/fromServedTour.ts';
import { NarrationSpeaker } from '../heritage/player/NarrationSpeaker.ts';
import { pickText } from '../heritage/player/localizedText.ts';
import { FLIGHT_DURATION_S } from '../heritage/player/stopFlight.ts';
import { swipeDirection } from '../heritage/player/swipeDirection.ts';
import { TourPlayback } from '../heritage/player/TourPlayback.ts';
import type { TourLang } from '../heritage/player/tourTypes.ts';
import { ImmersiveViewer } from '../heritage/vr/ImmersiveViewer.ts';
import { cesiumGlobal } from './cesiumGlobal.ts';
import { installBundleFiles, embeddedFiles, bundlePath } from './installBundleFiles.ts';
import { loadBundledTour } from './loadBundledTour.ts';
import { PlayerControls } from './PlayerControls.ts';
import { PlayerScene } from './PlayerScene.ts';
import { playerText } from './playerTexts.ts';
import { installWorkerShim } from './workerShim.ts';
import './player.css';

const html = document.documentElement;

/** A panorama URL usable as a WebGL texture: from the embedded files when the bundle has them. */
function textureUrl(url: string): string {
  const path = bundlePath(url, document.baseURI);
  const b64 = path === undefined ? undefined : embeddedFiles()[path];
  return b64 ? `data:image/jpeg;base64,${b64}` : url;
}

async function start(): Promise<void> {
  html.dataset.ready = 'false';
  const params = new URLSearchParams(location.search);
  const kiosk = params.get('kiosk') === '1';
  const served = await loadBundledTour();
  const app = document.getElementById('player')!;
  if (!served) {
    app.textContent = playerText('en', 'noTour');
    html.dataset.error = 'no-tour';
    return;
  }
  const Cesium = cesiumGlobal();
  installWorkerShim();
  installBundleFiles(Cesium);
  const tour = fromServedTour(served, document.baseURI);
  let lang: TourLang = chooseTourLang(tour.languages, params.get('lang') ?? undefined, navigator.language.slice(0, 2));

  const globe = document.createElement('div');
  globe.className = 'player-globe';
  const pano = document.createElement('div');
  pano.className = 'player-panorama';
  pano.hidden = true;
  app.append(globe, pano);
  const scene = new PlayerScene(Cesium, globe, served);
  const playback = new TourPlayback(tour, { autoplay: kiosk, loop: kiosk });
  const speaker = new NarrationSpeaker();
  let note = '';
  const controls = new PlayerControls(tour, {
    toggle: () => playback.dispatch({ type: 'toggle' }),
    next: () => playback.dispatch({ type: 'next' }),
    previous: () => playback.dispatch({ type: 'previous' }),
    setLang: (l) => {
      lang = l;
      narrate();
    },
  }, kiosk);
  app.append(controls.root);
  const render = () => controls.render(playback.current, lang, note);

  let viewer: ImmersiveViewer | undefined;
  let goal: AbortController | undefined;
  let first = true;

  function narrate(): void {
    const stop = tour.stops[playback.current.index];
    const text = pickText(stop.narration, lang);
    note = '';
    if (text && playback.current.playing) {
      const result = speaker.speak(text.text, text.lang, stop.audio?.[lang]);
      if (!result.spoken) note = playerText(lang, 'subtitlesOnly', { lang: lang.toUpperCase() });
    }
    const missing = [...scene.unavailable];
    if (missing.length) note = [note, `– ${missing.join(', ')}`].filter(Boolean).join(' ');
    render();
  }

  async function showStop(index: number): Promise<void> {
    goal?.abort();
    const controller = new AbortController();
    goal = controller;
    const stop = tour.stops[index];
    html.dataset.stop = String(index);
    narrate();
    try {
      if (stop.panoramaUrl && !stop.camera) {
        pano.hidden = false;
        viewer ??= new ImmersiveViewer(pano);
        await viewer.show({ kind: 'panorama', url: textureUrl(stop.panoramaUrl) });
      } else {
        pano.hidden = true;
        await scene.goTo(stop, first ? 0 : FLIGHT_DURATION_S, controller.signal);
      }
      if (controller.signal.aborted) return;
      html.dataset.camera = scene.cameraText();
      narrate();
      if (first) {
        first = false;
        html.dataset.ready = 'true';
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') console.error('stop could not be shown', error);
    }
  }

  let shownIndex = -1;
  playback.subscribe((state) => {
    if (state.index !== shownIndex) {
      shownIndex = state.index;
      void showStop(state.index);
    } else {
      narrate();
    }
  });
  window.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLSelectElement) return;
    if (e.key === ' ') playback.dispatch({ type: 'toggle' });
    else if (e.key === 'ArrowRight') playback.dispatch({ type: 'next' });
    else if (e.key === 'ArrowLeft') playback.dispatch({ type: 'previous' });
    else return;
    e.preventDefault();
  });
  let touchStart: { x: number; y: number } | undefined;
  app.addEventListener('touchstart', (e) => (touchStart = { x: e.touches[0].clientX, y: e.touches[0].clientY }), { passive: true });
  app.addEventListener('touchend', (e) => {
    const t = e.changedTouches[0];
    const dir = touchStart && swipeDirection(touchStart, { x: t.clientX, y: t.clientY });
    if (dir) playback.dispatch({ type: dir });
  });
  shownIndex = 0;
  await showStop(0);
}

start().catch((error: unknown) => {
  console.error(error);
  html.dataset.error = String((error as Error)?.message ?? error);
});
