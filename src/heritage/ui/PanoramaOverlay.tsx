import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ToolTranslate } from '../../ui/i18n/toolTranslator.ts';
import { ImmersiveViewer, type ImmersiveContent } from '../vr/ImmersiveViewer.ts';
import { xrSupport, type XrSupport } from '../vr/xrSupport.ts';
import type { HeritageMessageKey } from './heritageMessages.ts';
import { overlayRoot } from './overlayRoot.ts';

/** Props of {@link PanoramaOverlay}. */
export interface PanoramaOverlayProps {
  content: ImmersiveContent;
  onClose: () => void;
  t: ToolTranslate<HeritageMessageKey>;
}

/**
 * (Default export too, so the viewer can load three.js lazily.)
 * A panorama or monument model over the map, in three.js: drag to look around; "Enter VR" when a
 * WebXR headset is available, else an explanation of why not; "Follow the phone" (device
 * orientation) on touch devices; "Place on site (AR)" where immersive-ar is supported.
 */
export function PanoramaOverlay({ content, onClose, t }: PanoramaOverlayProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewer = useRef<ImmersiveViewer | undefined>(undefined);
  const [status, setStatus] = useState<'loading' | 'shown' | string>('loading');
  const [xr, setXr] = useState<XrSupport>();
  const [magic, setMagic] = useState(false);

  useEffect(() => {
    const v = new ImmersiveViewer(host.current!);
    viewer.current = v;
    setStatus('loading');
    v.show(content).then(() => setStatus('shown'), (error: unknown) => setStatus((error as Error).message ?? String(error)));
    void xrSupport().then(setXr);
    return () => {
      v.dispose();
      viewer.current = undefined;
    };
  }, [content]);

  useEffect(() => (magic ? viewer.current?.enableMagicWindow() : undefined), [magic]);

  const enter = (mode: 'immersive-vr' | 'immersive-ar') => {
    viewer.current?.enterImmersive(mode, host.current ?? undefined).catch((error: unknown) => setStatus((error as Error).message));
  };
  const touch = typeof window !== 'undefined' && 'ondeviceorientation' in window && navigator.maxTouchPoints > 0;

  return createPortal(
    <div className="tour-panorama" data-testid="tour-panorama" data-status={status === 'loading' || status === 'shown' ? status : 'error'}>
      <div className="tour-panorama-view" ref={host} />
      <div className="tour-panorama-bar">
        {xr?.vr && <button type="button" data-testid="vr-enter" onClick={() => enter('immersive-vr')}>{t('vr.enter')}</button>}
        {xr?.ar && <button type="button" onClick={() => enter('immersive-ar')}>{t('vr.enterAr')}</button>}
        {touch && <label><input type="checkbox" checked={magic} onChange={(e) => setMagic(e.target.checked)} /> {t('vr.magic')}</label>}
        <button type="button" className="close" onClick={onClose}>{t('vr.close')}</button>
      </div>
      {xr && !xr.vr && <p className="tour-panorama-note" data-testid="vr-fallback">{t('vr.fallback', { reason: t(`vr.reason.${xr.reason ?? 'no-device'}`) })}</p>}
      {status === 'loading' && <p className="tour-panorama-note">{t('vr.loading')}</p>}
      {status !== 'loading' && status !== 'shown' && <p className="tour-panorama-note warning">{t('vr.error', { message: status })}</p>}
    </div>,
    overlayRoot(),
  );
}

export default PanoramaOverlay;
