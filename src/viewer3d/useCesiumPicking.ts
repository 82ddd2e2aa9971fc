import { useEffect, useRef } from 'react';
import { defined, ScreenSpaceEventHandler, ScreenSpaceEventType, type Viewer } from 'cesium';
import type { PickedFeature } from '../app/RenderLayer.ts';
import { pickedFeatureOf } from './cesiumAdapters.ts';
import { pickedTileFeatureOf } from './pickedTileFeature.ts';

/** Reports the feature under a left click (entity or 3D Tiles building; undefined when the click hits nothing of ours). */
export function useCesiumPicking(viewer: Viewer | undefined, onPick: (feature: PickedFeature | undefined) => void): void {
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;
  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    const handler = new ScreenSpaceEventHandler(viewer.scene.canvas);
    handler.setInputAction((event: ScreenSpaceEventHandler.PositionedEvent) => {
      const hit: unknown = viewer.scene.pick(event.position);
      const entity = defined(hit) ? (hit as { id?: unknown }).id : undefined;
      onPickRef.current(pickedTileFeatureOf(hit) ?? pickedFeatureOf(entity));
    }, ScreenSpaceEventType.LEFT_CLICK);
    return () => handler.destroy();
  }, [viewer]);
}
