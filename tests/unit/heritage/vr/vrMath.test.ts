import { describe, expect, it } from 'vitest';
import { dragLook, MAX_PITCH_DEG } from '../../../../src/heritage/vr/dragLook.ts';
import { orientationQuaternion, type Quaternion } from '../../../../src/heritage/vr/orientationQuaternion.ts';
import { xrSupport } from '../../../../src/heritage/vr/xrSupport.ts';

/** Rotates vector v by unit quaternion q. */
function rotate([x, y, z, w]: Quaternion, v: [number, number, number]): [number, number, number] {
  const [vx, vy, vz] = v;
  const ix = w * vx + y * vz - z * vy;
  const iy = w * vy + z * vx - x * vz;
  const iz = w * vz + x * vy - y * vx;
  const iw = -x * vx - y * vy - z * vz;
  return [ix * w + iw * -x + iy * -z - iz * -y, iy * w + iw * -y + iz * -x - ix * -z, iz * w + iw * -z + ix * -y - iy * -x];
}
const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 6));

describe('WebXR support detection (graceful fallback)', () => {
  it('says why VR is not offered when navigator.xr is absent, insecure, or has no device', async () => {
    expect(await xrSupport({}, true)).toEqual({ vr: false, ar: false, reason: 'no-webxr' });
    expect(await xrSupport({}, false)).toEqual({ vr: false, ar: false, reason: 'insecure-context' });
    const none = { xr: { isSessionSupported: async () => false } };
    expect(await xrSupport(none)).toEqual({ vr: false, ar: false, reason: 'no-device' });
    const arOnly = { xr: { isSessionSupported: async (mode: string) => mode === 'immersive-ar' } };
    expect(await xrSupport(arOnly)).toMatchObject({ vr: false, ar: true });
    const broken = { xr: { isSessionSupported: async () => { throw new Error('SecurityError'); } } };
    expect(await xrSupport(broken)).toMatchObject({ vr: false, ar: false, reason: 'no-device' });
    const headset = { xr: { isSessionSupported: async (mode: string) => mode === 'immersive-vr' } };
    expect(await xrSupport(headset)).toEqual({ vr: true, ar: false });
  });
});

describe('360° look controls', () => {
  it('drag moves the view with the finger and clamps pitch', () => {
    expect(dragLook({ yawDeg: 0, pitchDeg: 0 }, 100, 0, 75, 750)).toEqual({ yawDeg: 10, pitchDeg: 0 });
    expect(dragLook({ yawDeg: 5, pitchDeg: 0 }, -100, 0, 75, 750).yawDeg).toBeCloseTo(355);
    expect(dragLook({ yawDeg: 0, pitchDeg: 80 }, 0, 500, 75, 750).pitchDeg).toBe(MAX_PITCH_DEG);
  });

  it('magic window: a phone held upright facing north looks north (-Z), flat on a table looks down', () => {
    // Upright (beta 90): the camera looks out of the back of the phone, horizontally.
    close(rotate(orientationQuaternion(0, 90, 0), [0, 0, -1]), [0, 0, -1]);
    // Flat, screen up (beta 0): the back of the phone faces the ground.
    close(rotate(orientationQuaternion(0, 0, 0), [0, 0, -1]), [0, -1, 0]);
    // Turned 90° to the left about the vertical (alpha 90): looks west (-X).
    close(rotate(orientationQuaternion(90, 90, 0), [0, 0, -1]), [-1, 0, 0]);
    const q = orientationQuaternion(33, 71, -12, 90);
    expect(Math.hypot(...q)).toBeCloseTo(1, 10);
  });
});
