/** What the browser offers for immersive viewing. */
export interface XrSupport {
  /** `immersive-vr` sessions can be requested (a headset is available). */
  vr: boolean;
  /** `immersive-ar` sessions can be requested (camera passthrough, phones with ARCore). */
  ar: boolean;
  /** Why VR is not offered, when it is not. */
  reason?: 'no-webxr' | 'insecure-context' | 'no-device';
}

/** The part of `navigator.xr` used here. */
interface XrLike {
  isSessionSupported(mode: 'immersive-vr' | 'immersive-ar'): Promise<boolean>;
}

/**
 * Asks WebXR which immersive modes work here. `navigator.xr` is absent on desktop browsers without
 * a headset runtime, in headless browsers and on plain http: then VR/AR are false with the reason,
 * and the UI falls back to the in-page 360° viewer (drag, or the phone's orientation).
 */
export async function xrSupport(nav: { xr?: XrLike } = navigator as unknown as { xr?: XrLike }, secure = globalThis.isSecureContext ?? true): Promise<XrSupport> {
  if (!nav.xr) return { vr: false, ar: false, reason: secure ? 'no-webxr' : 'insecure-context' };
  const ask = (mode: 'immersive-vr' | 'immersive-ar') => nav.xr!.isSessionSupported(mode).catch(() => false);
  const [vr, ar] = await Promise.all([ask('immersive-vr'), ask('immersive-ar')]);
  return vr ? { vr, ar } : { vr, ar, reason: 'no-device' };
}
