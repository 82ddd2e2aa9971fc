import type { ReactNode } from 'react';
import type { Workspace } from '../catalog/LayerDefinition.ts';
import { LANGS, type Lang } from './i18n/messages.ts';
import { useI18n } from './i18n/I18nContext.tsx';
import { LoginControl } from './LoginControl.tsx';
import { WorkspaceNav } from './WorkspaceNav.tsx';

/** Props of the top bar. */
export interface AppHeaderProps {
  workspace: Workspace;
  hrefFor: (workspace: Workspace) => string;
  lowRender: boolean;
  onLangChange: (lang: Lang) => void;
  onLowRenderChange: (low: boolean) => void;
  /** Extra controls at the start of the header's tools (the 2D/3D switch). */
  viewControls?: ReactNode;
}

/** Top bar: product name, workspace tabs, language switch, the low-cost rendering toggle and sign-in. */
export function AppHeader({ workspace, hrefFor, lowRender, onLangChange, onLowRenderChange, viewControls }: AppHeaderProps) {
  const { t, lang } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('app.title')}</span>
        <span className="brand-sub">{t('app.subtitle')}</span>
      </div>
      <WorkspaceNav current={workspace} hrefFor={hrefFor} />
      <div className="header-tools">
        {viewControls}
        <label className="low-render" title={t('settings.lowRenderHint')}>
          <input type="checkbox" checked={lowRender} onChange={(e) => onLowRenderChange(e.target.checked)} data-testid="low-render" />
          {t('settings.lowRender')}
        </label>
        <div className="lang-switch" role="group" aria-label={t('settings.language')}>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === lang} className={l === lang ? 'active' : undefined} onClick={() => onLangChange(l)} title={t(`lang.${l}`)}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
        <LoginControl />
      </div>
    </header>
  );
}
