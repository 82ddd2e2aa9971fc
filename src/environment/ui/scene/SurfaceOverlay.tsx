/**
 * The interpolated surface draped on the ground (3D): the newest field of {@link useSurfaceField}
 * (the IDW/kriging Web Worker), painted by {@link surfacePicture} in the VN_AQI category colours,
 * replaces the previous imagery layer once the new one is ready (no blank frame).
 */
import { useEffect, useRef } from 'react';
import { useCesium } from 'resium';
import type { SurfaceQuantity } from '../../surface/SurfaceQuantity.ts';
import type { SurfaceMethod } from '../../surface/surfaceMessages.ts';
import type { SurfaceInfo } from '../data/EnvironmentStore.ts';
import type { Station } from '../stations/Station.ts';
import type { StationReading } from '../stations/stationReading.ts';
import { imageryFromPixels } from './imageryFromPixels.ts';
import { ImageryLayerSwap } from './ImageryLayerSwap.ts';
import { surfacePicture } from './surfacePicture.ts';
import { useSurfaceField } from './useSurfaceField.ts';

/** Props of the surface overlay. */
export interface SurfaceOverlayProps {
  stations: readonly Station[];
  readings: readonly StationReading[];
  quantity: SurfaceQuantity;
  method: SurfaceMethod;
  /** 0–1. */
  opacity: number;
  /** Called after each surface was added to the globe, with the station count and worker time. */
  onDrawn: (info: SurfaceInfo) => void;
}

/** Draws the surface; nothing in the DOM. */
export function SurfaceOverlay({ stations, readings, quantity, method, opacity, onDrawn }: SurfaceOverlayProps) {
  const { viewer } = useCesium();
  const field = useSurfaceField({ stations, readings, quantity, method });
  const swapRef = useRef<ImageryLayerSwap>(undefined);
  const veilRef = useRef<ImageryLayerSwap>(undefined);
  const opacityRef = useRef(opacity);
  opacityRef.current = opacity;
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    // Index 1: just above the base imagery, below the plumes.
    swapRef.current = new ImageryLayerSwap(viewer, 1);
    veilRef.current = new ImageryLayerSwap(viewer, 2);
    return () => {
      swapRef.current?.clear();
      swapRef.current = undefined;
      veilRef.current?.clear();
      veilRef.current = undefined;
    };
  }, [viewer]);

  // Each new field replaces the drawn layer (and the kriging veil).
  useEffect(() => {
    if (!viewer || viewer.isDestroyed() || !field) return;
    let cancelled = false;
    if (!field.result) {
      swapRef.current?.clear();
      veilRef.current?.clear();
      onDrawnRef.current({ stations: 0, computeMs: 0, method: field.method });
      return;
    }
    const result = field.result;
    const picture = surfacePicture(result, field.quantity);
    void imageryFromPixels(result.grid, picture.surface.pixels, opacityRef.current).then(async (layer) => {
      if (cancelled || viewer.isDestroyed()) return;
      layer.alpha = opacityRef.current;
      swapRef.current?.show(layer);
      if (picture.veil) {
        const veil = await imageryFromPixels(result.grid, picture.veil.pixels, 1);
        if (!cancelled && !viewer.isDestroyed()) veilRef.current?.show(veil);
      } else {
        veilRef.current?.clear();
      }
      onDrawnRef.current({ stations: field.stations, computeMs: result.computeMs, method: result.method, variogram: result.variogram, maxStddev: picture.maxStddev });
    });
    return () => {
      cancelled = true;
    };
  }, [viewer, field]);

  // Opacity changes in place.
  useEffect(() => {
    if (swapRef.current?.layer) swapRef.current.layer.alpha = opacity;
    if (viewer && !viewer.isDestroyed()) viewer.scene.requestRender();
  }, [opacity, viewer]);

  return null;
}
