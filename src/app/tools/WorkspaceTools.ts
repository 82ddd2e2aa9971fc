/**
 * The extension point for workspace-specific tools (planning scenarios, air-quality surfaces,
 * logistics routing, heritage tours). A workspace module exports a {@link WorkspaceTools}; the
 * shell renders its `Panel` beside the layer catalog, its `Scene3D` inside the Cesium viewer
 * (`useCesium()` gives the viewer) and its `Map2D` once the MapLibre map has loaded.
 * Tools keep their own state in the URL through `setParams` so a link reproduces them.
 */
import type { ComponentType } from 'react';
import type { Layer } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CatalogLayer, Workspace } from '../../catalog/LayerDefinition.ts';
import type { Lang } from '../../ui/i18n/messages.ts';
import type { PickedFeature } from '../RenderLayer.ts';

/** How a URL change is recorded: `now` at once, `debounced` for continuous changes (sliders, drags). */
export type ParamsMode = 'now' | 'debounced';

/** What the shell gives every tool component. */
export interface ToolContext {
  workspace: Workspace;
  lang: Lang;
  /** URL parameters the shell does not own (`scenario`, `time`, `tour`…), decoded. */
  params: Record<string, string>;
  /** Sets (string) or removes (undefined) URL parameters. */
  setParams: (patch: Record<string, string | undefined>, mode?: ParamsMode) => void;
  /** The catalog layers (all workspaces), undefined while loading. */
  catalog: CatalogLayer[] | undefined;
  /** Ids of the catalog layers shown now. */
  visibleLayerIds: ReadonlySet<string>;
  /** Shows or hides a catalog layer (as the catalog checkbox does). */
  setLayerVisible: (id: string, visible: boolean) => void;
  /** The feature last clicked in the view, if any. */
  picked: PickedFeature | undefined;
  /**
   * Holds `data-ready` back until the returned function is called (e.g. until a scenario's
   * compliance is drawn or a tour's first stop has arrived). Call it once; extra calls are no-ops.
   */
  holdReady: (reason: string) => () => void;
}

/** Extra handles a 2D tool gets: the map and its own slot of deck.gl layers (drawn above the catalog's). */
export interface Map2DToolContext extends ToolContext {
  map: MapLibreMap;
  /** Replaces this tool's deck.gl layers (interleaved with the map like the catalog's). */
  setDeckLayers: (layers: Layer[]) => void;
}

/** The tools of one workspace; every part is optional. */
export interface WorkspaceTools {
  /** A panel on the right side of the view (under the info panel when both are open). */
  Panel?: ComponentType<ToolContext>;
  /** Rendered as a child of the Resium `Viewer` (3D workspaces). Render nothing visible in the DOM. */
  Scene3D?: ComponentType<ToolContext>;
  /** Rendered by the 2D map once it has loaded (2D workspaces). */
  Map2D?: ComponentType<Map2DToolContext>;
}
