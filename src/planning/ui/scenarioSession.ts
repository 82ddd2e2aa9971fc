/**
 * The planning workspace's scenario state, shared by the panel (right column) and the 3D scene
 * (inside the Cesium viewer), which React mounts in different trees: an external store read with
 * `useSyncExternalStore`. It loads the selected scenario (document, server compliance, metrics) and
 * the baseline's violations, and holds the editor's draft as a {@link CommandStack} whose compliance
 * is re-evaluated in the browser with the server's engine ({@link evaluateDraft}).
 * The selected scenario id itself lives in the URL (`scenario=`); the panel passes it in.
 */
import { useSyncExternalStore } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlanningContext } from '../PlanningContext.ts';
import type { ScenarioDocument } from '../scenario/scenarioSchema.ts';
import { validateScenario } from '../scenario/validateScenario.ts';
import type { LineOfSight } from '../Violation.ts';
import { createStack, execute, redo, undo, type Command, type CommandStack } from './CommandStack.ts';
import { contextCells, evaluateDraft, mergeContexts } from './evaluateDraft.ts';
import {
  ApiError, fetchBaselineCompliance, fetchBuildingFootprint, fetchContextCell, fetchScenario, fetchScenarioCompliance, fetchScenarioList,
  fetchScenarioMetrics, saveScenario, type BaselineComplianceView, type ScenarioListItem, type ScenarioMetricsView, type StoredScenarioView,
} from './planningApi.ts';
import type { ScenarioComplianceView } from './ScenarioCompliance.ts';
import { addBuilding, EDITOR_STOREY_M, footprintFromClicks, newScenarioDocument, nextProposalId } from './scenarioEdits.ts';

/** The editor's draft. */
export interface DraftState {
  /** Scenario being edited; undefined for a new one not yet saved. */
  id?: string;
  stack: CommandStack<ScenarioDocument>;
  /** Browser-side compliance (of the state numbered `evaluatedSeq`; undefined until the first evaluation). */
  compliance?: ScenarioComplianceView;
  /** Number of the current state (increments on every edit, undo and redo). */
  seq: number;
  /** Number of the state `compliance` was computed for. */
  evaluatedSeq?: number;
  /** Validation or server messages of the last save, each naming the field. */
  errors: string[];
  saving: boolean;
}

/** A building the planner asked to look at (from the violation list). */
export interface FocusRequest {
  buildingId: string;
  /** Its footprint when known (proposals), else fetched by the scene. */
  footprint?: Polygon | MultiPolygon;
  lineOfSight?: LineOfSight;
  /** Increments on every request, so clicking the same row again flies again. */
  seq: number;
}

/** Everything the panel and the scene show. */
export interface ScenarioSessionState {
  list?: ScenarioListItem[];
  baseline?: BaselineComplianceView;
  /** Selected scenario id (mirrors the URL); undefined = baseline only. */
  scenarioId?: string;
  saved?: StoredScenarioView;
  compliance?: ScenarioComplianceView;
  metrics?: ScenarioMetricsView;
  draft?: DraftState;
  /** Points clicked so far while drawing a footprint (`[lon, lat]`); undefined when not drawing. */
  drawing?: Array<[number, number]>;
  /** New building selected in the editor (moved/edited by the form). */
  selectedProposal?: string;
  focus?: FocusRequest;
  loading: boolean;
  error?: string;
}

let state: ScenarioSessionState = { loading: false };
const listeners = new Set<() => void>();
let selectSeq = 0;
let evalSeq = 0;
let focusSeq = 0;
let draftSeq = 0;
const contextCache = new Map<string, Promise<PlanningContext>>();

function set(patch: Partial<ScenarioSessionState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

/** The current state (for non-React callers and tests). */
export function scenarioSession(): ScenarioSessionState {
  return state;
}

/** Subscribes to changes; returns the unsubscribe function. */
export function subscribeScenarioSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React hook: the state, re-rendering on every change. */
export function useScenarioSession(): ScenarioSessionState {
  return useSyncExternalStore(subscribeScenarioSession, () => state, () => state);
}

/** The document shown: the draft when editing, else the saved scenario's. */
export function shownDocument(s: ScenarioSessionState): ScenarioDocument | undefined {
  return s.draft?.stack.present ?? s.saved?.document;
}

/** The compliance shown: the draft's (browser) when editing, else the server's. */
export function shownCompliance(s: ScenarioSessionState): ScenarioComplianceView | undefined {
  return s.draft ? s.draft.compliance : s.compliance;
}

/**
 * A key naming what is shown (`baseline`, `<id>@<version>`, or `draft:<n>`), which the scene echoes
 * in `data-scenario-ready` once it is drawn.
 */
export function shownKey(s: ScenarioSessionState): string | undefined {
  if (!s.baseline) return undefined;
  if (s.draft) return s.draft.compliance && s.draft.evaluatedSeq === s.draft.seq ? `draft:${s.draft.id ?? 'new'}:${s.draft.seq}` : undefined;
  if (!s.scenarioId) return 'baseline';
  return s.saved && s.compliance && s.saved.id === s.scenarioId ? `${s.saved.id}@${s.saved.version}` : undefined;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Loads the scenario list and the baseline's violations (once; call again to refresh the list). */
export async function loadScenarioIndex(): Promise<void> {
  try {
    const [list, baseline] = await Promise.all([fetchScenarioList(), state.baseline ? Promise.resolve(state.baseline) : fetchBaselineCompliance()]);
    set({ list, baseline });
  } catch (error) {
    set({ error: `scenarios: ${message(error)}` });
  }
}

/** Shows scenario `id` (undefined: the baseline); a no-op when it is already selected. Leaves the editor. */
export async function selectScenario(id: string | undefined): Promise<void> {
  if (id === state.scenarioId && (id === undefined || state.saved?.id === id || state.loading)) return;
  const seq = ++selectSeq;
  set({ scenarioId: id, saved: undefined, compliance: undefined, metrics: undefined, draft: undefined, drawing: undefined, selectedProposal: undefined, error: undefined, loading: id !== undefined });
  if (id === undefined) return;
  try {
    const saved = await fetchScenario(id);
    if (seq !== selectSeq) return;
    // Compliance first (it colours the view); metrics follow from the same cached evaluation.
    const compliance = await fetchScenarioCompliance(id, saved.version);
    if (seq !== selectSeq) return;
    set({ saved, compliance, loading: false });
    const metrics = await fetchScenarioMetrics(id, saved.version);
    if (seq === selectSeq) set({ metrics });
  } catch (error) {
    if (seq === selectSeq) set({ loading: false, error: error instanceof ApiError && error.status === 404 ? `scenario "${id}" not found` : message(error) });
  }
}

async function contextFor(doc: ScenarioDocument): Promise<PlanningContext | undefined> {
  const cells = contextCells(doc);
  const parts = await Promise.all(cells.map((cell) => {
    let hit = contextCache.get(cell);
    if (!hit) {
      contextCache.set(cell, (hit = fetchContextCell(cell)));
      hit.catch(() => contextCache.delete(cell));
    }
    return hit;
  }));
  return mergeContexts(parts);
}

async function evaluateDraftNow(): Promise<void> {
  const draft = state.draft;
  if (!draft) return;
  const seq = ++evalSeq;
  const doc = draft.stack.present;
  const stateSeq = draft.seq;
  try {
    const context = await contextFor(doc);
    if (seq !== evalSeq || !state.draft) return;
    const compliance: ScenarioComplianceView = context
      ? evaluateDraft(context, doc)
      : { proposals: [], affected: [], demolished: doc.demolitions ?? [], unknownIds: [] };
    set({ draft: { ...state.draft, compliance, evaluatedSeq: stateSeq } });
  } catch (error) {
    if (seq === evalSeq && state.draft) set({ draft: { ...state.draft, compliance: { proposals: [], affected: [], demolished: [], unknownIds: [] }, evaluatedSeq: stateSeq, errors: [`compliance: ${message(error)}`] } });
  }
}

function setDraft(draft: Omit<DraftState, 'seq'>): void {
  set({ draft: { ...draft, seq: ++draftSeq } });
  void evaluateDraftNow();
}

/** Starts editing the selected scenario (a copy of its saved document). */
export function editScenario(): void {
  if (!state.saved) return;
  setDraft({ id: state.saved.id, stack: createStack(state.saved.document), errors: [], saving: false });
}

/** Starts a new, empty scenario titled `title` (not saved until {@link saveDraft}). */
export function newScenario(title: string): void {
  set({ scenarioId: undefined, saved: undefined, compliance: undefined, metrics: undefined, selectedProposal: undefined });
  setDraft({ stack: createStack(newScenarioDocument(title)), errors: [], saving: false });
}

/** Applies an edit to the draft (undoable). */
export function applyEdit(command: Command<ScenarioDocument>): void {
  if (!state.draft) return;
  const stack = execute(state.draft.stack, command);
  if (stack !== state.draft.stack) setDraft({ ...state.draft, stack, errors: [] });
}

/** Undoes the last edit. */
export function undoEdit(): void {
  if (state.draft && state.draft.stack.past.length) setDraft({ ...state.draft, stack: undo(state.draft.stack), errors: [] });
}

/** Redoes the last undone edit. */
export function redoEdit(): void {
  if (state.draft && state.draft.stack.future.length) setDraft({ ...state.draft, stack: redo(state.draft.stack), errors: [] });
}

/** Leaves the editor without saving (shows the saved scenario again). */
export function cancelEditing(): void {
  set({ draft: undefined, drawing: undefined, selectedProposal: undefined });
}

/**
 * Validates the draft (same validator as the server) and saves it: POST for a new scenario, PUT for
 * a new version. Returns the saved id, or undefined with `draft.errors` set (each naming the field).
 */
export async function saveDraft(): Promise<string | undefined> {
  const draft = state.draft;
  if (!draft || draft.saving) return undefined;
  const checked = validateScenario(draft.stack.present);
  if (!checked.ok) {
    set({ draft: { ...draft, errors: checked.errors } });
    return undefined;
  }
  set({ draft: { ...draft, saving: true, errors: [] } });
  try {
    const saved = await saveScenario(draft.id, checked.document);
    set({ draft: undefined, drawing: undefined, selectedProposal: undefined, scenarioId: undefined, saved: undefined });
    await loadScenarioIndex();
    void selectScenario(saved.id);
    return saved.id;
  } catch (error) {
    if (state.draft) set({ draft: { ...state.draft, saving: false, errors: message(error).split('; ') } });
    return undefined;
  }
}

/** Starts drawing a footprint (clicks on the globe add points). */
export function startDrawing(): void {
  set({ drawing: [] });
}

/** Adds a clicked point `[lon, lat]` to the footprint being drawn. */
export function addDrawingPoint(point: [number, number]): void {
  if (state.drawing) set({ drawing: [...state.drawing, point] });
}

/** Storeys of a newly drawn building (the planner changes them in the form). */
export const NEW_BUILDING_LEVELS = 3;

/**
 * Finishes drawing: with ≥ 3 corners adds a new residential building of {@link NEW_BUILDING_LEVELS}
 * storeys (undoable) and selects it; with fewer just stops drawing.
 */
export function finishDrawing(): void {
  const points = state.drawing;
  const doc = state.draft?.stack.present;
  set({ drawing: undefined });
  const footprint = points && footprintFromClicks(points);
  if (!footprint || !doc) return;
  const id = nextProposalId(doc);
  applyEdit(addBuilding({ id, footprint, levels: NEW_BUILDING_LEVELS, heightM: Math.round(NEW_BUILDING_LEVELS * EDITOR_STOREY_M * 10) / 10, use: 'residential' }));
  set({ selectedProposal: id });
}

/** Stops drawing, dropping the points. */
export function stopDrawing(): void {
  set({ drawing: undefined });
}

/** Selects new building `id` in the editor (undefined: none). */
export function selectProposal(id: string | undefined): void {
  set({ selectedProposal: id });
}

/** Asks the scene to fly to building `buildingId` and highlight it (footprint looked up when not given). */
export function focusBuilding(buildingId: string, lineOfSight?: LineOfSight): void {
  const doc = shownDocument(state);
  const footprint = doc?.newBuildings?.find((b) => b.id === buildingId)?.footprint as Polygon | MultiPolygon | undefined;
  set({ focus: { buildingId, footprint, lineOfSight, seq: ++focusSeq } });
}

/** The footprint of any building id: a new building of the shown document, else the baseline's (fetched). */
export async function footprintOf(buildingId: string): Promise<Polygon | MultiPolygon | undefined> {
  const doc = shownDocument(state);
  const proposed = doc?.newBuildings?.find((b) => b.id === buildingId);
  if (proposed) return proposed.footprint as Polygon | MultiPolygon;
  return fetchBuildingFootprint(buildingId).catch(() => undefined);
}
