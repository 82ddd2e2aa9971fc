/**
 * The editor (planning editors and admins): new scenario or edit the shown one, draw footprints on
 * the globe, set height/levels/use, move, delete, undo/redo, save (validation messages name the field).
 */
import { useState } from 'react';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import { redoLabel, undoLabel } from '../CommandStack.ts';
import {
  applyEdit, cancelEditing, editScenario, finishDrawing, newScenario, redoEdit, saveDraft, selectProposal, startDrawing, stopDrawing, undoEdit,
  type ScenarioSessionState,
} from '../scenarioSession.ts';
import { deleteBuilding, EDITOR_STOREY_M, metresToDegrees, moveBuilding, renameScenario, updateBuilding } from '../scenarioEdits.ts';
import type { ScenarioMessageKey } from './scenarioMessages.ts';

/** Uses offered for a new building (the buildings layer's uses). */
export const EDITOR_USES = ['residential', 'commercial', 'public', 'religious', 'industrial'] as const;
/** Step of the move buttons, m. */
export const MOVE_STEP_M = 2;

/** Props of {@link ScenarioEditor}. */
export interface ScenarioEditorProps {
  session: ScenarioSessionState;
  t: ToolTranslate<ScenarioMessageKey>;
  /** Shows scenario `id` (sets the URL) after a save. */
  onSaved: (id: string) => void;
  /** Called when a new scenario is started (clears the scenario from the URL). */
  onNew: () => void;
}

/** Editor controls; without a draft, the buttons that start one. */
export function ScenarioEditor({ session, t, onSaved, onNew }: ScenarioEditorProps) {
  const draft = session.draft;
  const [title, setTitle] = useState<string | undefined>(undefined);
  if (!draft) {
    return (
      <div className="scenario-editor">
        <div className="scenario-row">
          {session.saved && <button type="button" className="link-button" data-testid="scenario-edit" onClick={editScenario}>{t('edit')}</button>}
          <button type="button" className="link-button" data-testid="scenario-new" onClick={() => { newScenario(t('new.title')); onNew(); }}>{t('new')}</button>
        </div>
      </div>
    );
  }
  const doc = draft.stack.present;
  const selected = doc.newBuildings?.find((b) => b.id === session.selectedProposal);
  const first = selected ? (selected.footprint.type === 'Polygon' ? selected.footprint.coordinates[0]![0]! : selected.footprint.coordinates[0]![0]![0]!) : undefined;
  const move = (east: number, north: number) => {
    if (!selected || !first) return;
    const [dLon, dLat] = metresToDegrees(first[1]!, east * MOVE_STEP_M, north * MOVE_STEP_M);
    applyEdit(moveBuilding(selected.id, dLon, dLat));
  };
  const num = (raw: string) => (raw.trim() === '' ? undefined : Number(raw));
  const save = async () => {
    const id = await saveDraft();
    if (id) onSaved(id);
  };
  return (
    <div className="scenario-editor" data-testid="scenario-editor">
      <p className="muted">{t('editing')}</p>
      <label className="scenario-field">{t('scenarioTitle')}
        <input type="text" value={title ?? doc.title} onChange={(e) => setTitle(e.target.value)}
          onBlur={() => { if (title !== undefined) applyEdit(renameScenario(title)); setTitle(undefined); }} />
      </label>
      <div className="scenario-row">
        <button type="button" className="link-button" disabled={!undoLabel(draft.stack)} title={undoLabel(draft.stack)} onClick={undoEdit}>↶ {t('undo')}</button>
        <button type="button" className="link-button" disabled={!redoLabel(draft.stack)} title={redoLabel(draft.stack)} onClick={redoEdit}>↷ {t('redo')}</button>
        {session.drawing
          ? <>
            <button type="button" className="link-button" data-testid="draw-finish" onClick={finishDrawing}>{t('draw.finish', { count: session.drawing.length })}</button>
            <button type="button" className="link-button" onClick={stopDrawing}>{t('draw.cancel')}</button>
          </>
          : <button type="button" className="link-button" data-testid="draw-start" onClick={startDrawing}>{t('draw')}</button>}
      </div>
      {session.drawing && <p className="muted">{t('draw.hint')}</p>}
      {(doc.newBuildings?.length ?? 0) > 0 && <>
        <h3>{t('proposals')}</h3>
        <ul className="proposal-list">
          {doc.newBuildings!.map((b) => (
            <li key={b.id}><button type="button" aria-pressed={b.id === session.selectedProposal} onClick={() => selectProposal(b.id === session.selectedProposal ? undefined : b.id)}>
              {b.id} · {b.use} · {b.heightM ?? '–'} m · {b.levels ?? '–'}
            </button></li>
          ))}
        </ul>
      </>}
      {selected && (
        <div className="proposal-form" data-testid="proposal-form">
          <label className="scenario-field">{t('height')}
            <input type="number" step="0.1" min="0" value={selected.heightM ?? ''} onChange={(e) => applyEdit(updateBuilding(selected.id, { heightM: num(e.target.value) }))} />
          </label>
          <label className="scenario-field">{t('levels')}
            <input type="number" step="1" min="0" value={selected.levels ?? ''} onChange={(e) => {
              const levels = num(e.target.value);
              applyEdit(updateBuilding(selected.id, { levels, heightM: levels === undefined ? selected.heightM : Math.round(levels * EDITOR_STOREY_M * 10) / 10 }));
            }} />
          </label>
          <label className="scenario-field">{t('use')}
            <select value={selected.use} onChange={(e) => applyEdit(updateBuilding(selected.id, { use: e.target.value }))}>
              {[...new Set([...EDITOR_USES, selected.use])].map((u) => <option key={u} value={u}>{u}</option>)}
            </select>
          </label>
          <div className="scenario-row" style={{ gridColumn: '1 / -1' }} aria-label={t('move', { step: MOVE_STEP_M })}>
            <button type="button" className="link-button" onClick={() => move(0, 1)}>↑ {t('move.n')}</button>
            <button type="button" className="link-button" onClick={() => move(0, -1)}>↓ {t('move.s')}</button>
            <button type="button" className="link-button" onClick={() => move(-1, 0)}>← {t('move.w')}</button>
            <button type="button" className="link-button" onClick={() => move(1, 0)}>→ {t('move.e')}</button>
            <button type="button" className="link-button" onClick={() => { applyEdit(deleteBuilding(selected.id)); selectProposal(undefined); }}>✕ {t('delete')}</button>
          </div>
        </div>
      )}
      {draft.errors.length > 0 && <ul className="scenario-errors" role="alert" data-testid="scenario-errors">{draft.errors.map((e) => <li key={e}>{e}</li>)}</ul>}
      <div className="scenario-row">
        <button type="button" className="link-button" data-testid="scenario-save" disabled={draft.saving} onClick={() => void save()}>{draft.saving ? t('saving') : t('save')}</button>
        <button type="button" className="link-button" onClick={cancelEditing}>{t('cancel')}</button>
      </div>
    </div>
  );
}
