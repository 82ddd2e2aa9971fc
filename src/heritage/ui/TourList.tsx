import { useEffect, useState } from 'react';
import type { ToolTranslate } from '../../ui/i18n/toolTranslator.ts';
import { pickText } from '../player/localizedText.ts';
import type { TourLang } from '../player/tourTypes.ts';
import type { HeritageMessageKey } from './heritageMessages.ts';
import { listTours, type TourSummary } from './toursApi.ts';

/** Props of {@link TourList}. */
export interface TourListProps {
  lang: TourLang;
  /** Heritage editors also see drafts and may start a new tour. */
  editor: boolean;
  onOpen: (id: string) => void;
  onEdit: (id: string) => void;
  t: ToolTranslate<HeritageMessageKey>;
}

/** The tours: published ones for everyone; every tour with its draft state for editors. */
export function TourList({ lang, editor, onOpen, onEdit, t }: TourListProps) {
  const [state, setState] = useState<{ tours?: TourSummary[]; error?: string }>({});
  useEffect(() => {
    let cancelled = false;
    setState({});
    void listTours(editor).then((r) => !cancelled && setState(r.ok ? { tours: r.value.tours } : { error: r.message }));
    return () => {
      cancelled = true;
    };
  }, [editor]);
  if (state.error) return <p className="warning">{t('tours.error', { message: state.error })}</p>;
  if (!state.tours) return <p className="muted">{t('tours.loading')}</p>;
  return (
    <>
      {state.tours.length === 0 && <p className="muted">{t('tours.empty')}</p>}
      <ul className="tour-list" data-testid="tour-list">
        {state.tours.map((tour) => (
          <li key={tour.id} data-tour-id={tour.id}>
            {tour.latestVersion ? (
              <button type="button" className="link" onClick={() => onOpen(tour.id)}>{pickText(tour.title, lang)?.text ?? tour.id}</button>
            ) : (
              <span>{pickText(tour.title, lang)?.text ?? tour.id} <span className="badge draft">{t('tours.draftBadge')}</span></span>
            )}
            <span className="muted">
              {tour.stops !== undefined && ` · ${t('tours.stops', { n: tour.stops })}`}
              {tour.latestVersion ? ` · v${tour.latestVersion}` : ''}
              {tour.hasUnpublishedChanges ? ` · ${t('tours.unpublished')}` : ''}
            </span>
            {editor && <button type="button" className="small" onClick={() => onEdit(tour.id)}>{t('tour.edit')}</button>}
          </li>
        ))}
      </ul>
      {editor && <button type="button" data-testid="tour-new" onClick={() => onEdit('new')}>{t('tours.new')}</button>}
    </>
  );
}
