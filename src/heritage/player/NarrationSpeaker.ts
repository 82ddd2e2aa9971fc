import { pickVoice, SPEECH_LOCALES } from './speechLang.ts';
import type { TourLang } from './tourTypes.ts';

/** Why a narration is not read aloud. */
export type SpeechUnavailable = 'no-speech-api' | 'no-voice';

/** What {@link NarrationSpeaker.speak} did. */
export type SpeakResult = { spoken: true } | { spoken: false; reason: SpeechUnavailable };

/**
 * Reads narration aloud with the browser's speech synthesis, or plays recorded audio when the stop
 * has it. Absent APIs (headless browsers, some kiosks) are not errors: `speak` reports why nothing
 * was read so the UI can say "subtitles only".
 */
export class NarrationSpeaker {
  private audio: HTMLAudioElement | undefined;

  constructor(private readonly win: Window & typeof globalThis = window) {}

  /** Plays `audioUrl` if given, else speaks `text` in `lang`. Stops whatever was playing first. */
  speak(text: string, lang: TourLang, audioUrl?: string): SpeakResult {
    this.stop();
    if (audioUrl && typeof this.win.Audio === 'function') {
      this.audio = new this.win.Audio(audioUrl);
      void this.audio.play().catch(() => undefined);
      return { spoken: true };
    }
    const synth = this.win.speechSynthesis;
    if (!synth || typeof this.win.SpeechSynthesisUtterance !== 'function') return { spoken: false, reason: 'no-speech-api' };
    const voice = pickVoice(synth.getVoices(), lang);
    if (!voice) return { spoken: false, reason: 'no-voice' };
    const utterance = new this.win.SpeechSynthesisUtterance(text);
    utterance.lang = SPEECH_LOCALES[lang];
    utterance.voice = voice;
    synth.speak(utterance);
    return { spoken: true };
  }

  /** Stops reading and any recorded audio. */
  stop(): void {
    this.audio?.pause();
    this.audio = undefined;
    this.win.speechSynthesis?.cancel();
  }
}
