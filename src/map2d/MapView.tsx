import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { Map as MapLibreMap } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import 'maplibre-gl/dist/maplibre-gl.css';
import './maplibreWorker.ts';
import type { PickedFeature, RenderLayer } from '../app/RenderLayer.ts';
import type { Camera2D } from '../app/urlState.ts';
import type { Map2DToolContext, ToolContext } from '../app/tools/WorkspaceTools.ts';
import { useI18n } from '../ui/i18n/I18nContext.tsx';
import { baseStyle } from './baseStyle.ts';
import { deckAdapters } from './deckAdapters.ts';
import { planMaplibreLayers } from './maplibreLayerPlan.ts';
import { emptyAppliedStyle, syncMaplibreLayers } from './syncMaplibreLayers.ts';
import { useMapCamera } from './useMapCamera.ts';
import { useMapPicking } from './useMapPicking.ts';
import { useMapReadiness } from './useMapReadiness.ts';
import { warnUndrawable } from './warnUndrawable.ts';
import './mapView.css';

/** Props of the 2D view. */
export interface MapViewProps {
  layers: RenderLayer[];
  camera: Camera2D;
  dataLoaded: boolean;
  readyKey: string;
  onCameraChange: (camera: Camera2D) => void;
  onPick: (feature: PickedFeature | undefined) => void;
  onReady: (key: string) => void;
  /** The workspace's 2D tool, mounted once the map has loaded. */
  tool?: ComponentType<Map2DToolContext>;
  toolContext: ToolContext;
}

interface Engine {
  map: MapLibreMap;
  overlay: MapLibreOverlay;
}

const BASE_LAYER_IDS: ReadonlySet<string> = new Set(baseStyle().layers.map((l) => l.id));

/**
 * The 2D map: MapLibre with an inline offline style; catalog vector layers (and their point labels,
 * in our glyphs) are MapLibre style layers on our OGC API – Tiles vector tiles; deck.gl
 * (interleaved overlay) draws deck-only kinds of layer and the workspace tool's layers on top.
 */
export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [engine, setEngine] = useState<Engine>();
  const [applied, setApplied] = useState(0);
  const { lang } = useI18n();
  const initialCamera = useRef(props.camera);
  const appliedStyle = useRef(emptyAppliedStyle());
  const deckSlots = useRef<{ adapters: Layer[]; tools: Layer[] }>({ adapters: [], tools: [] });
  const hovering = useRef(false);

  useEffect(() => {
    if (!container.current) return;
    const cam = initialCamera.current;
    const map = new MapLibreMap({
      container: container.current,
      style: baseStyle(),
      center: [cam.lonDeg, cam.latDeg],
      zoom: cam.zoom,
      bearing: cam.bearingDeg,
      pitch: cam.pitchDeg,
      attributionControl: false,
      maxPitch: 85,
    });
    const overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      getCursor: ({ isDragging, isHovering }) => (isDragging ? 'grabbing' : isHovering || hovering.current ? 'pointer' : ''),
    });
    map.addControl(overlay);
    map.on('load', () => setEngine({ map, overlay }));
    return () => {
      setEngine(undefined);
      appliedStyle.current = emptyAppliedStyle();
      deckSlots.current = { adapters: [], tools: [] };
      map.removeControl(overlay);
      map.remove();
    };
  }, []);

  const plan = useMemo(() => planMaplibreLayers(props.layers, { origin: window.location.origin, lang }), [props.layers, lang]);

  const pushDeckLayers = useCallback(() => {
    engine?.overlay.setProps({ layers: [...deckSlots.current.adapters, ...deckSlots.current.tools] });
  }, [engine]);

  useEffect(() => {
    if (!engine) return;
    syncMaplibreLayers(engine.map, plan, appliedStyle.current, BASE_LAYER_IDS);
    warnUndrawable(plan.unadapted.filter((rl) => rl.visible && !deckAdapters[rl.layer.type]).map((rl) => rl.layer));
    deckSlots.current.adapters = plan.unadapted.filter((rl) => rl.data && deckAdapters[rl.layer.type]).map((rl) => deckAdapters[rl.layer.type](rl, { lang }));
    pushDeckLayers();
    engine.map.triggerRepaint();
    setApplied((n) => n + 1);
  }, [engine, plan, lang, pushDeckLayers]);

  useMapPicking(engine?.map, engine?.overlay, plan.layerIdOf, props.onPick, hovering);
  useMapCamera(engine?.map, props.camera, props.onCameraChange);
  useMapReadiness(engine?.map, { dataLoaded: props.dataLoaded, applied, readyKey: props.readyKey, onReady: props.onReady });
  const setToolLayers = useCallback((layers: Layer[]) => {
    deckSlots.current.tools = layers;
    pushDeckLayers();
  }, [pushDeckLayers]);
  const Tool = props.tool;
  return (
    <>
      <div ref={container} className="map-view" />
      {engine && Tool && <Tool {...props.toolContext} map={engine.map} setDeckLayers={setToolLayers} />}
    </>
  );
}
