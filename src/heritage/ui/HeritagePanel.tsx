import { useCallback } from 'react';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { canEdit, useSession } from '../../app/session/session.ts';
import { toolTranslator } from '../../ui/i18n/toolTranslator.ts';
import { TourEditor } from './editor/TourEditor.tsx';
import { heritageMessages } from './heritageMessages.ts';
import { TourList } from './TourList.tsx';
import { tourStore, useTourStore } from './tourStore.ts';
import { TourViewer } from './TourViewer.tsx';
import { useTourLoader } from './useTourLoader.ts';
import './heritage.css';

/** URL parameters the tours own; cleared together when leaving a tour. */
const TOUR_PARAMS = { tour: undefined, v: undefined, stop: undefined, narration: undefined, edit: undefined };

/**
 * The heritage workspace's panel: the published tours; a tour opened by link
 * (`#/heritage?tour=ID[&v=N]`) playing with its controls; the editor (`edit=ID|new`) for
 * heritage editors.
 */
export function HeritagePanel(ctx: ToolContext) {
  const t = toolTranslator(heritageMessages, ctx.lang);
  const { user } = useSession();
  const editor = canEdit(user, 'heritage');
  const editing = editor ? ctx.params.edit : undefined;
  useTourLoader(ctx, !editing);
  const { tour } = useTourStore();
  const { setParams } = ctx;
  const open = useCallback((id: string, version?: number) => setParams({ ...TOUR_PARAMS, tour: id, v: version ? String(version) : undefined }), [setParams]);
  const edit = useCallback((id: string) => {
    tourStore.load(undefined, undefined);
    setParams({ ...TOUR_PARAMS, edit: id });
  }, [setParams]);
  const close = useCallback(() => setParams(TOUR_PARAMS), [setParams]);
  const heading = editing ? t('edit.title') : tour ? undefined : t('tours.title');

  return (
    <section className="panel tool-panel heritage-panel" data-testid="heritage-panel" aria-label={t('tours.title')}>
      {heading && <div className="panel-head"><h2>{heading}</h2></div>}
      <div className="panel-body">
        {editing ? (
          <TourEditor ctx={ctx} t={t} tourId={editing} onClose={close} onView={open} />
        ) : ctx.params.tour ? (
          <TourViewer ctx={ctx} t={t} onClose={close} onEdit={editor ? edit : undefined} />
        ) : (
          <>
            <TourList lang={ctx.lang} editor={editor} onOpen={(id) => open(id)} onEdit={edit} t={t} />
            {ctx.params.edit && !editor && <p className="warning">{t('edit.signIn')}</p>}
          </>
        )}
      </div>
    </section>
  );
}
