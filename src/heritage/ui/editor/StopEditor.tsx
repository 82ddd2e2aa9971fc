import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import type { TourLang } from '../../player/tourTypes.ts';
import type { HeritageMessageKey } from '../heritageMessages.ts';
import { setText, type DraftStop } from './draftDocument.ts';

/** Props of {@link StopEditor}. */
export interface StopEditorProps {
  stop: DraftStop;
  index: number;
  count: number;
  /** The two languages edited side by side. */
  columns: readonly [TourLang, TourLang];
  onChange: (patch: Partial<DraftStop>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  onSetView: () => void;
  onUseLayers: () => void;
  t: ToolTranslate<HeritageMessageKey>;
}

/** One stop in the editor: id, duration, title and narration in two languages side by side, view and layers. */
export function StopEditor({ stop, index, count, columns, onChange, onMove, onRemove, onSetView, onUseLayers, t }: StopEditorProps) {
  const missing = (lang: TourLang, field: 'title' | 'narration') => !stop[field]?.[lang]?.trim();
  return (
    <div className="stop-editor">
      <div className="stop-editor-head">
        <span className="drag-handle" title={t('edit.drag')} aria-hidden="true">⠿</span>
        <strong>{t('edit.stopN', { n: index + 1 })}</strong>
        <label>{t('edit.stopId')} <input value={stop.id} size={12} onChange={(e) => onChange({ id: e.target.value })} /></label>
        <label>{t('edit.duration')} <input type="number" min={3} max={600} value={stop.durationS} style={{ width: 56 }} onChange={(e) => onChange({ durationS: Number(e.target.value) })} /></label>
        <button type="button" className="small" aria-label={`${t('edit.up')} ${index + 1}`} disabled={index === 0} onClick={() => onMove(index - 1)}>↑</button>
        <button type="button" className="small" aria-label={`${t('edit.down')} ${index + 1}`} disabled={index === count - 1} onClick={() => onMove(index + 1)}>↓</button>
        <button type="button" className="small danger" onClick={onRemove}>{t('edit.remove')}</button>
      </div>
      <div className="stop-editor-columns">
        {columns.map((lang) => (
          <div key={lang} className="stop-editor-column" lang={lang}>
            <label className={missing(lang, 'title') ? 'missing' : undefined}>
              {t('edit.stopTitle')} ({lang.toUpperCase()})
              <input value={stop.title?.[lang] ?? ''} data-field={`title-${lang}`} onChange={(e) => onChange({ title: setText(stop.title, lang, e.target.value) })} />
            </label>
            <label className={missing(lang, 'narration') ? 'missing' : undefined}>
              {t('edit.narration')} ({lang.toUpperCase()})
              <textarea rows={3} value={stop.narration?.[lang] ?? ''} data-field={`narration-${lang}`} onChange={(e) => onChange({ narration: setText(stop.narration, lang, e.target.value) })} />
            </label>
          </div>
        ))}
      </div>
      <div className="stop-editor-foot">
        <button type="button" className="small" onClick={onSetView}>{t('edit.setView')}</button>
        <button type="button" className="small" onClick={onUseLayers}>{t('edit.useLayers')}</button>
        <span className="muted small">{stop.layers ? t('edit.layers', { layers: stop.layers.join(', ') }) : t('edit.noLayers')}</span>
      </div>
    </div>
  );
}
