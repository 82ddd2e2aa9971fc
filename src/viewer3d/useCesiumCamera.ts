import { useEffect, useRef } from 'react';
import { Cartesian3, Math as CesiumMath, type Viewer } from 'cesium';
import type { Camera3D } from '../app/urlState.ts';
import { formatCamera } from '../app/urlState.ts';

/** The viewer camera as a URL camera (degrees, metres). */
export function readCamera(viewer: Viewer): Camera3D {
  const c = viewer.camera;
  const pos = c.positionCartographic;
  return {
    kind: '3d',
    lonDeg: CesiumMath.toDegrees(pos.longitude),
    latDeg: CesiumMath.toDegrees(pos.latitude),
    heightM: pos.height,
    headingDeg: CesiumMath.toDegrees(c.heading),
    pitchDeg: CesiumMath.toDegrees(c.pitch),
  };
}

/**
 * Puts the camera where `camera` says (at start and whenever the URL changes it from outside) and
 * reports where the user moved it, on each camera move end.
 */
export function useCesiumCamera(viewer: Viewer | undefined, camera: Camera3D, onChange: (camera: Camera3D) => void): void {
  const lastKnown = useRef<string | undefined>(undefined);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    const key = formatCamera(camera);
    if (key === lastKnown.current) return;
    lastKnown.current = key;
    viewer.camera.setView({
      destination: Cartesian3.fromDegrees(camera.lonDeg, camera.latDeg, camera.heightM),
      orientation: { heading: CesiumMath.toRadians(camera.headingDeg), pitch: CesiumMath.toRadians(camera.pitchDeg), roll: 0 },
    });
    viewer.scene.requestRender();
  }, [viewer, camera]);

  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    return viewer.camera.moveEnd.addEventListener(() => {
      const now = readCamera(viewer);
      const key = formatCamera(now);
      if (key === lastKnown.current) return;
      lastKnown.current = key;
      onChangeRef.current(now);
    });
  }, [viewer]);
}
