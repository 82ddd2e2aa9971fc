import { useMemo, useState } from 'react';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import { TOUR_LANGS, type TourLang } from '../../player/tourTypes.ts';
import { formatWhen } from '../formatWhen.ts';
import type { HeritageMessageKey } from '../heritageMessages.ts';
import { TourViewer } from '../TourViewer.tsx';
import { tourStore } from '../tourStore.ts';
import { addStopFromCamera, draftPlayable, publishCheck, setText } from './draftDocument.ts';
import { PublishCheck } from './PublishCheck.tsx';
import { StopListEditor } from './StopListEditor.tsx';
import { useDraft, type DraftStatus } from './useDraft.ts';
import { VersionList } from './VersionList.tsx';

/** Props of {@link TourEditor}. */
export interface TourEditorProps {
  ctx: ToolContext;
  t: ToolTranslate<HeritageMessageKey>;
  /** Tour id, or `new`. */
  tourId: string;
  onClose: () => void;
  /** Opens published version `version` in the viewer. */
  onView: (id: string, version: number) => void;
}

function statusLine(status: DraftStatus, t: ToolTranslate<HeritageMessageKey>): string | undefined {
  switch (status.kind) {
    case 'saved': return t('edit.saved', { rev: status.revision });
    case 'created': return t('edit.created', { id: status.id });
    case 'published': return [t('edit.published', { v: status.version }), ...status.warnings].join(' ');
    case 'missing': return status.message;
    case 'error': return t('edit.error', { message: status.message });
    default: return undefined;
  }
}

/**
 * The tour editor for heritage editors: title and stops with texts in two languages side by side,
 * stops added from the current view and reordered by drag or ↑/↓, missing translations flagged,
 * preview, save draft (If-Match; conflicts shown), publish, and the versions with view/restore.
 */
export function TourEditor({ ctx, t, tourId, onClose, onView }: TourEditorProps) {
  const draft = useDraft(tourId);
  const { doc, setDoc, status } = draft;
  const [columns, setColumns] = useState<[TourLang, TourLang]>(['vi', 'en']);
  const [slug, setSlug] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const offered = useMemo(() => TOUR_LANGS.filter((l) => columns.includes(l) || Object.keys(doc.title ?? {}).includes(l)), [columns, doc.title]);
  const check = useMemo(() => publishCheck(doc, offered), [doc, offered]);

  if (previewing) {
    return <TourViewer ctx={ctx} t={t} preview onClose={() => {
      tourStore.load(undefined, undefined);
      setPreviewing(false);
    }} />;
  }
  const preview = () => {
    if (doc.stops.length === 0) return;
    tourStore.load(draftPlayable(draft.id ?? (slug || 'new'), doc), undefined, 0, columns[0]);
    setPreviewing(true);
  };
  const addStop = () => {
    const camera = tourStore.readCamera?.();
    if (camera) setDoc(addStopFromCamera(doc, camera, [...ctx.visibleLayerIds]));
  };
  const publish = () => {
    if (check.required.length > 0) return;
    if (check.optional.length > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void draft.publish();
  };
  const line = statusLine(status, t);
  const info = draft.served;

  return (
    <div className="tour-editor" data-testid="tour-editor">
      <button type="button" className="link" onClick={onClose}>{t('edit.close')}</button>
      {status.kind === 'loading' && <p className="muted">{t('tour.loading')}</p>}
      {info?.status === 'draft' && (
        <p className="muted small">{t('edit.draftBy', { rev: String((info as { draftRevision?: number }).draftRevision ?? ''), who: info.updatedBy ?? '', when: formatWhen(info.updatedAt, ctx.lang) })}</p>
      )}
      {!draft.id && (
        <label>{t('edit.id')} <input value={slug} data-testid="tour-slug" pattern="[a-z0-9-]+" onChange={(e) => setSlug(e.target.value.toLowerCase().replace(/[^a-z0-9-]/g, '-'))} /></label>
      )}
      <label className="columns-picker">{t('edit.columns')}
        {[0, 1].map((i) => (
          <select key={i} value={columns[i]} onChange={(e) => setColumns((c) => (i === 0 ? [e.target.value as TourLang, c[1]] : [c[0], e.target.value as TourLang]))}>
            {TOUR_LANGS.map((l) => <option key={l} value={l}>{l.toUpperCase()}</option>)}
          </select>
        ))}
      </label>
      <div className="stop-editor-columns">
        {columns.map((lang) => (
          <label key={lang} lang={lang} className={doc.title?.[lang]?.trim() ? undefined : 'missing'}>
            {t('edit.tourTitle')} ({lang.toUpperCase()})
            <input value={doc.title?.[lang] ?? ''} data-field={`tour-title-${lang}`} onChange={(e) => setDoc({ ...doc, title: setText(doc.title, lang, e.target.value) })} />
          </label>
        ))}
      </div>
      <StopListEditor doc={doc} onChange={setDoc} columns={columns} readView={() => tourStore.readCamera?.()} visibleLayers={() => [...ctx.visibleLayerIds]} t={t} />
      <button type="button" data-testid="add-stop" onClick={addStop}>{t('edit.addStop')}</button>
      <PublishCheck required={check.required} optional={check.optional} t={t} />
      {status.kind === 'conflict' && (
        <p className="warning" data-testid="draft-conflict">{t('edit.conflict')} <button type="button" onClick={draft.reload}>{t('edit.reload')}</button></p>
      )}
      {line && <p className={status.kind === 'error' || status.kind === 'missing' ? 'warning' : 'notice'} data-testid="draft-status">{line}</p>}
      <div className="tour-actions">
        <button type="button" onClick={preview} disabled={doc.stops.length === 0}>{t('edit.preview')}</button>
        <button type="button" className="primary" data-testid="save-draft" disabled={!draft.id && !slug} onClick={() => void draft.save(slug)}>
          {draft.id ? t('edit.save') : t('edit.create')}
        </button>
        {draft.id && (
          <button type="button" data-testid="publish" disabled={check.required.length > 0} onClick={publish}>
            {confirming ? t('edit.confirmPublish') : t('edit.publish')}
          </button>
        )}
      </div>
      {draft.id && <VersionList tourId={draft.id} lang={ctx.lang} revision={draft.revision} onView={(v) => onView(draft.id!, v)} onRestored={() => draft.reload()} t={t} />}
    </div>
  );
}
