/**
 * The scenario tools in the 3D view: the buildings tileset coloured by compliance (or use, height,
 * year), proposals drawn as solids, demolished and replaced buildings hidden, lines of sight of
 * view-cone violations, the compare split, footprint drawing and flights to a focused building.
 * Holds `data-ready` until the selected scenario's compliance is drawn, and marks each drawn state
 * on `<html data-scenario-ready="<key>">` (plus a performance mark) for tests and the benchmark.
 */
import { SplitDirection } from 'cesium';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useCesium } from 'resium';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import type { LineOfSight } from '../../Violation.ts';
import { COMPLIANCE_COLOURS, SELECTED_COLOUR, proposalColour, type Rgba } from '../buildingColours.ts';
import { buildStatusIndex } from '../complianceStatus.ts';
import { parseScenarioParams } from '../scenarioParams.ts';
import { addDrawingPoint, finishDrawing, shownCompliance, shownDocument, shownKey, useScenarioSession } from '../scenarioSession.ts';
import { buildingStyle } from './buildingStyle.ts';
import { BUILDINGS_LAYER_ID, buildingTilesets } from './buildingTilesets.ts';
import { proposalsToDraw } from './proposalBuildings.ts';
import { toolText } from './toolText.ts';
import { useBuildingStyle } from './useBuildingStyle.ts';
import { useCompareSplit } from './useCompareSplit.ts';
import { useFocusFlight } from './useFocusFlight.ts';
import { useFootprintDrawing } from './useFootprintDrawing.ts';
import { useLinesOfSight } from './useLinesOfSight.ts';
import { useProposalModels } from './useProposalModels.ts';
import { useScenarioSelection } from './useScenarioSelection.ts';

/** Renders nothing in the DOM; drives the Cesium scene from the scenario session. */
export function ScenarioScene(ctx: ToolContext) {
  const { viewer } = useCesium();
  const params = parseScenarioParams(ctx.params);
  const { setParams, holdReady } = ctx;
  useScenarioSelection(params.scenarioId);
  const session = useScenarioSession();
  const key = shownKey(session);
  const doc = shownDocument(session);
  const compliance = shownCompliance(session);
  const t = toolText(ctx.lang);

  const useColours = useMemo(() => ctx.catalog?.find((l) => l.id === BUILDINGS_LAYER_ID)?.style?.colors ?? {}, [ctx.catalog]);
  const index = useMemo(() => (session.baseline ? buildStatusIndex(session.baseline.violating, compliance) : undefined), [session.baseline, compliance]);
  const baselineIndex = useMemo(() => (session.baseline ? buildStatusIndex(session.baseline.violating) : undefined), [session.baseline]);
  // The editor's selected proposal is drawn in the selection colour; a focused violation keeps its severity colour.
  const selectedId = session.selectedProposal;

  // Buildings tileset.
  const style = useMemo(() => index && buildingStyle({ mode: params.colourBy, index, useColours, selectedId }), [index, params.colourBy, useColours, selectedId]);
  const styleKey = key && style ? `${key}|${params.colourBy}|${selectedId ?? ''}` : undefined;
  const appliedStyleKey = useBuildingStyle(viewer, style, styleKey);

  // Compare split: the baseline half.
  const baselineStyle = useMemo(() => baselineIndex && buildingStyle({ mode: params.colourBy, index: baselineIndex, useColours }), [baselineIndex, params.colourBy, useColours]);
  const onSplit = useCallback((position: number) => setParams({ split: String(position) }, 'debounced'), [setParams]);
  const compare = useCompareSplit({ viewer, enabled: params.compare, baselineStyle, position: params.split, onPosition: onSplit, label: t('divider') });

  // Proposals, coloured like the buildings.
  const proposals = useMemo(() => proposalsToDraw(doc), [doc]);
  const colourOf = useCallback((id: string): Rgba => {
    if (id === selectedId) return SELECTED_COLOUR;
    const p = proposals.find((q) => q.id === id);
    const status = index?.status.get(id) ?? 'proposal';
    return p ? proposalColour(params.colourBy, status, p.use, p.heightM, useColours) : COMPLIANCE_COLOURS[status];
  }, [selectedId, proposals, index, params.colourBy, useColours]);
  const modelsKey = useProposalModels({ viewer, proposals, colourOf, split: params.compare ? SplitDirection.RIGHT : SplitDirection.NONE, shownKey: key });

  // Lines of sight of view-cone violations (proposals and affected buildings).
  const sights = useMemo<LineOfSight[]>(() => (compliance ? [...compliance.proposals, ...compliance.affected] : [])
    .flatMap((r) => r.violations).flatMap((v) => (v.lineOfSight ? [v.lineOfSight] : [])), [compliance]);
  useLinesOfSight(viewer, sights);

  useFootprintDrawing(viewer, session.drawing, addDrawingPoint, finishDrawing);
  useFocusFlight(viewer, session.focus);

  // Readiness: hold while the scenario named in the URL is not drawn yet.
  const target = params.scenarioId ?? 'baseline';
  const release = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    const done = holdReady(`scenario ${target}`);
    release.current = done;
    return () => { done(); if (release.current === done) release.current = undefined; };
  }, [holdReady, target]);
  const buildingsVisible = ctx.visibleLayerIds.has(BUILDINGS_LAYER_ID);
  const error = session.error;
  useEffect(() => {
    if (error) { release.current?.(); return; }
    if (!viewer || !key || !styleKey || appliedStyleKey !== styleKey || modelsKey !== key || (params.compare && !compare.ready)) return;
    const scene = viewer.scene;
    let removed = false;
    const remove = scene.postRender.addEventListener(() => {
      if (removed) return;
      if (buildingsVisible && !buildingTilesets(scene).some((tileset) => tileset.style === style)) { scene.requestRender(); return; }
      removed = true;
      remove();
      document.documentElement.dataset.scenarioReady = key;
      performance.mark(`scenario-ready:${key}`);
      // The scenario the URL names is drawn — or the planner is looking at a draft (a new scenario has no id yet).
      if (key === target || key.startsWith(`${target}@`) || key.startsWith('draft:')) release.current?.();
    });
    scene.requestRender();
    return () => { if (!removed) { removed = true; remove(); } };
  }, [viewer, key, styleKey, appliedStyleKey, modelsKey, params.compare, compare.ready, buildingsVisible, style, target, error]);

  return null;
}
