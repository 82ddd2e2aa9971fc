import type { CatalogLayer } from '../catalog/LayerDefinition.ts';
import type { Engine } from '../app/workspaceEngine.ts';
import { localize } from './i18n/localize.ts';
import { useI18n } from './i18n/I18nContext.tsx';

/** Props: the visible layers (for attribution), the engine in use, and readiness. */
export interface StatusFooterProps {
  visibleLayers: CatalogLayer[];
  engine: Engine;
  ready: boolean;
}

/** Footer: sources and licences of the visible layers, the base map credit, and view status. */
export function StatusFooter({ visibleLayers, engine, ready }: StatusFooterProps) {
  const { t, lang } = useI18n();
  const sources = new Map<string, string>();
  for (const layer of visibleLayers) {
    const name = layer.source?.name ?? localize(layer.title, lang);
    sources.set(`${name} (${layer.licence})`, layer.source?.url ?? '');
  }
  return (
    <footer className="status-footer">
      <p className="attribution">
        <span className="label">{t('footer.attribution')}:</span>{' '}
        {sources.size === 0 ? <span className="muted">{t('footer.noLayers')}</span> : [...sources].map(([text, url], i) => (
          <span key={text}>{i > 0 && ' · '}{url ? <a href={url} target="_blank" rel="noreferrer noopener">{text}</a> : text}</span>
        ))}
        {' · '}{t(engine === '3d' ? 'footer.imagery3d' : 'footer.map2d')}
      </p>
      <p className={`view-status${ready ? ' ready' : ''}`} role="status">
        <span className="dot" aria-hidden="true" />{t(ready ? 'view.ready' : 'view.loading')}
      </p>
    </footer>
  );
}
