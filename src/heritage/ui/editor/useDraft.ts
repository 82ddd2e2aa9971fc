import { useCallback, useEffect, useState } from 'react';
import type { ServedTour } from '../../player/servedTour.ts';
import { createTour, getTour, publishTour, saveDraft, type TourDocument } from '../toursApi.ts';
import { cleanDocument, emptyDocument } from './draftDocument.ts';

/** What the editor shows about the server's side of the draft. */
export type DraftStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'saved'; revision: number }
  | { kind: 'created'; id: string }
  | { kind: 'published'; version: number; warnings: string[] }
  | { kind: 'conflict' }
  | { kind: 'missing'; message: string }
  | { kind: 'error'; message: string };

/** The draft being edited, with load / save (If-Match) / create / publish. */
export interface Draft {
  /** The tour's id; undefined for a new tour until it is created. */
  id: string | undefined;
  doc: TourDocument;
  setDoc: (doc: TourDocument) => void;
  served: ServedTour | undefined;
  status: DraftStatus;
  /** Bumps after every publish/restore (version lists reload). */
  revision: number;
  reload: () => void;
  save: (newId?: string) => Promise<void>;
  publish: (note?: string) => Promise<void>;
}

/**
 * Loads the draft of tour `tourId` (`'new'`: an empty document) and saves it with the ETag it was
 * read with, so two editors cannot overwrite each other silently: a 412 becomes a visible conflict.
 */
export function useDraft(tourId: string): Draft {
  const [id, setId] = useState<string | undefined>(tourId === 'new' ? undefined : tourId);
  const [doc, setDoc] = useState<TourDocument>(emptyDocument);
  const [served, setServed] = useState<ServedTour>();
  const [etag, setEtag] = useState<string>();
  const [status, setStatus] = useState<DraftStatus>({ kind: tourId === 'new' ? 'ready' : 'loading' });
  const [revision, setRevision] = useState(0);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    void getTour(id, { draft: true }).then((r) => {
      if (cancelled) return;
      if (!r.ok) {
        setStatus({ kind: 'error', message: r.message });
        return;
      }
      setServed(r.value);
      setDoc(r.value.document);
      setEtag(r.etag);
      setStatus({ kind: 'ready' });
    });
    return () => {
      cancelled = true;
    };
  }, [id, loads]);

  const reload = useCallback(() => {
    setRevision((n) => n + 1);
    setLoads((n) => n + 1);
  }, []);

  const save = useCallback(async (newId?: string) => {
    const body = cleanDocument(doc);
    if (!id) {
      const r = await createTour(newId ?? '', body);
      if (!r.ok) return setStatus({ kind: 'error', message: r.message });
      setEtag(r.etag);
      setId(r.value.id);
      return setStatus({ kind: 'created', id: r.value.id });
    }
    const r = await saveDraft(id, body, etag ?? '');
    if (!r.ok) return setStatus(r.status === 412 ? { kind: 'conflict' } : { kind: 'error', message: r.message });
    setEtag(r.etag);
    setStatus({ kind: 'saved', revision: r.value.draftRevision });
  }, [doc, id, etag]);

  const publish = useCallback(async (note?: string) => {
    if (!id) return;
    const r = await publishTour(id, etag, note);
    if (!r.ok) {
      if (r.status === 412) return setStatus({ kind: 'conflict' });
      return setStatus(r.status === 422 ? { kind: 'missing', message: r.message } : { kind: 'error', message: r.message });
    }
    setStatus({ kind: 'published', version: r.value.version, warnings: r.value.warnings ?? [] });
    setRevision((n) => n + 1);
  }, [id, etag]);

  return { id, doc, setDoc, served, status, revision, reload, save, publish };
}
