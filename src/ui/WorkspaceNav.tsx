import { WORKSPACES, type Workspace } from '../catalog/LayerDefinition.ts';
import { useI18n } from './i18n/I18nContext.tsx';

/** Props: the current workspace and the link for each workspace. */
export interface WorkspaceNavProps {
  current: Workspace;
  hrefFor: (workspace: Workspace) => string;
}

/** Tabs for the four workspaces; plain links, so the browser handles the hash change. */
export function WorkspaceNav({ current, hrefFor }: WorkspaceNavProps) {
  const { t } = useI18n();
  return (
    <nav className="workspace-nav" aria-label={t('nav.label')}>
      {WORKSPACES.map((ws) => (
        <a key={ws} href={hrefFor(ws)} className={ws === current ? 'active' : undefined} aria-current={ws === current ? 'page' : undefined} data-workspace={ws}>
          {t(`workspace.${ws}`)}
        </a>
      ))}
    </nav>
  );
}
