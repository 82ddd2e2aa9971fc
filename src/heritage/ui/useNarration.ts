import { useEffect, useMemo, useState } from 'react';
import { pickText } from '../player/localizedText.ts';
import { NarrationSpeaker, type SpeechUnavailable } from '../player/NarrationSpeaker.ts';
import type { PlaybackState } from '../player/playbackState.ts';
import type { PlayableTour, TourLang } from '../player/tourTypes.ts';

/**
 * Reads the current stop's narration aloud while the tour plays (recorded audio when the stop has
 * it in `lang`, else speech synthesis), and stops when paused or unmounted. Returns why nothing
 * is read, when nothing can be (no speech API, no voice for the language) — the UI says
 * "subtitles only" rather than failing.
 */
export function useNarration(tour: PlayableTour | undefined, playback: PlaybackState | undefined, lang: TourLang): SpeechUnavailable | undefined {
  const speaker = useMemo(() => new NarrationSpeaker(), []);
  const [unavailable, setUnavailable] = useState<SpeechUnavailable>();
  const index = playback?.index;
  const playing = playback?.playing ?? false;
  useEffect(() => {
    if (!tour || index === undefined || !playing) {
      speaker.stop();
      return;
    }
    const stop = tour.stops[index];
    const text = pickText(stop.narration, lang);
    if (!text) return;
    const result = speaker.speak(text.text, text.lang, stop.audio?.[lang]);
    setUnavailable(result.spoken ? undefined : result.reason);
  }, [speaker, tour, index, playing, lang]);
  useEffect(() => () => speaker.stop(), [speaker]);
  return unavailable;
}
