import { pickText } from '../heritage/player/localizedText.ts';
import type { PlaybackState } from '../heritage/player/playbackState.ts';
import type { PlayableTour, TourLang } from '../heritage/player/tourTypes.ts';
import { playerText } from './playerTexts.ts';

/** What the controls ask the player to do. */
export interface PlayerCommands {
  toggle(): void;
  next(): void;
  previous(): void;
  setLang(lang: TourLang): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The offline player's overlay in plain DOM: tour and stop titles, the subtitle, play/pause,
 * previous/next, the narration language switch and a note line. `render` refreshes it.
 */
export class PlayerControls {
  readonly root = el('div', { class: 'player-overlay' });
  private readonly title = el('h1', { class: 'player-title' });
  private readonly stopTitle = el('h2', { class: 'player-stop', 'data-testid': 'stop-title' });
  private readonly subtitle = el('p', { class: 'player-subtitle', 'data-testid': 'subtitle', 'aria-live': 'polite' });
  private readonly note = el('p', { class: 'player-note', 'data-testid': 'player-note' });
  private readonly counter = el('span', { class: 'player-counter', 'data-testid': 'stop-counter' });
  private readonly prev = el('button', { type: 'button', 'data-testid': 'previous' }, '«');
  private readonly play = el('button', { type: 'button', 'data-testid': 'play' }, '▶');
  private readonly nextButton = el('button', { type: 'button', 'data-testid': 'next' }, '»');
  private readonly lang = el('select', { 'data-testid': 'tour-lang' });

  constructor(private readonly tour: PlayableTour, commands: PlayerCommands, kiosk: boolean) {
    const bar = el('div', { class: 'player-bar' });
    this.prev.onclick = () => commands.previous();
    this.play.onclick = () => commands.toggle();
    this.nextButton.onclick = () => commands.next();
    for (const l of tour.languages) this.lang.append(el('option', { value: l, lang: l }, l.toUpperCase()));
    this.lang.onchange = () => commands.setLang(this.lang.value as TourLang);
    bar.append(this.prev, this.play, this.nextButton, this.counter, this.lang);
    this.root.append(this.title, this.stopTitle, this.subtitle, this.note);
    if (!kiosk) this.root.append(bar);
    this.root.classList.toggle('kiosk', kiosk);
  }

  /** Shows `state` in `lang`; `note` is an extra line (speech unavailable, missing layers…). */
  render(state: PlaybackState, lang: TourLang, note = ''): void {
    const stop = this.tour.stops[state.index];
    const title = pickText(this.tour.title, lang);
    const stopTitle = pickText(stop.title, lang);
    const narration = pickText(stop.narration, lang);
    this.title.textContent = title?.text ?? '';
    this.stopTitle.textContent = stopTitle?.text ?? '';
    this.subtitle.textContent = narration?.text ?? '';
    this.subtitle.lang = narration?.lang ?? lang;
    const fallback = narration?.fallback ? playerText(lang, 'fallback', { lang: lang.toUpperCase(), used: narration.lang.toUpperCase() }) : '';
    this.note.textContent = [fallback, note].filter(Boolean).join(' · ');
    this.counter.textContent = playerText(lang, 'stop', { n: state.index + 1, total: state.stopCount });
    this.play.textContent = state.playing ? '⏸' : '▶';
    this.play.setAttribute('aria-label', playerText(lang, state.playing ? 'pause' : 'play'));
    this.prev.setAttribute('aria-label', playerText(lang, 'previous'));
    this.nextButton.setAttribute('aria-label', playerText(lang, 'next'));
    this.lang.setAttribute('aria-label', playerText(lang, 'language'));
    this.lang.value = lang;
    document.documentElement.lang = lang;
  }
}
