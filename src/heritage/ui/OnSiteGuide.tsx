import { useState } from 'react';
import type { ToolTranslate } from '../../ui/i18n/toolTranslator.ts';
import { pickText } from '../player/localizedText.ts';
import { nearestStop, type NearestStop } from '../player/nearestStop.ts';
import type { PlayableTour, TourLang } from '../player/tourTypes.ts';
import type { HeritageMessageKey } from './heritageMessages.ts';

/** Props of {@link OnSiteGuide}. */
export interface OnSiteGuideProps {
  tour: PlayableTour;
  lang: TourLang;
  onGo: (index: number) => void;
  t: ToolTranslate<HeritageMessageKey>;
}

function formatDistance(m: number): string {
  return m < 1000 ? `${Math.round(m)} m` : `${(m / 1000).toFixed(1)} km`;
}

/**
 * The on-site guide: asks for the visitor's position (geolocation) and names the tour stop nearest
 * to them, with distance and bearing, and a button to jump there — the location-aware 2D guide.
 */
export function OnSiteGuide({ tour, lang, onGo, t }: OnSiteGuideProps) {
  const [state, setState] = useState<{ kind: 'idle' | 'locating' } | { kind: 'error'; message: string } | { kind: 'found'; near: NearestStop | undefined }>({ kind: 'idle' });
  const locate = () => {
    if (!navigator.geolocation) {
      setState({ kind: 'error', message: t('onsite.unsupported') });
      return;
    }
    setState({ kind: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (pos) => setState({ kind: 'found', near: nearestStop(tour.stops, { lonDeg: pos.coords.longitude, latDeg: pos.coords.latitude }) }),
      (error) => setState({ kind: 'error', message: t('onsite.denied', { message: error.message }) }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  };
  return (
    <div className="tour-onsite" data-testid="tour-onsite">
      <button type="button" onClick={locate} disabled={state.kind === 'locating'}>{t('onsite.button')}</button>
      {state.kind === 'locating' && <p>{t('onsite.locating')}</p>}
      {state.kind === 'error' && <p className="warning">{state.message}</p>}
      {state.kind === 'found' && state.near && (
        <p>
          {t('onsite.nearest', {
            title: pickText(state.near.stop.title, lang)?.text ?? state.near.stop.id,
            distance: formatDistance(state.near.distanceM),
            bearing: Math.round(state.near.bearingDeg),
          })}{' '}
          <button type="button" onClick={() => onGo(state.near!.index)}>{t('onsite.go')}</button>
        </p>
      )}
    </div>
  );
}
