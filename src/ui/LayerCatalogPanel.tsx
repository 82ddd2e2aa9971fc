import { useState } from 'react';
import { sectorsFor, type CatalogLayer, type Workspace } from '../catalog/LayerDefinition.ts';
import type { CatalogState } from '../app/useCatalog.ts';
import type { LayerDataState } from '../app/useLayerData.ts';
import { useI18n } from './i18n/I18nContext.tsx';
import { LayerItem } from './LayerItem.tsx';

/** Props of the layer catalog panel. */
export interface LayerCatalogPanelProps {
  catalog: CatalogState;
  /** Its sector is listed first. */
  workspace: Workspace;
  visible: ReadonlySet<string>;
  /** Opacity 0–1 by layer id. */
  opacity: (layer: CatalogLayer) => number;
  data: Record<string, LayerDataState>;
  /** Extra warnings from the app (e.g. unknown layer ids in the link). */
  warnings: string[];
  onToggle: (id: string, on: boolean) => void;
  onOpacity: (id: string, opacity: number) => void;
}

/** The layer catalog: layers grouped by sector (the workspace's own first), with catalog-level warnings on top. */
export function LayerCatalogPanel({ catalog, workspace, visible, opacity, data, warnings, onToggle, onOpacity }: LayerCatalogPanelProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(true);
  const layers = catalog.status === 'ready' ? catalog.layers : [];
  const allWarnings = [...(catalog.status === 'ready' ? catalog.warnings : []), ...warnings];

  return (
    <aside className={`panel catalog-panel${open ? '' : ' collapsed'}`} aria-label={t('catalog.title')}>
      <div className="panel-head">
        <h2>{t('catalog.title')}</h2>
        <button type="button" className="icon-button" onClick={() => setOpen(!open)} aria-expanded={open} title={t(open ? 'catalog.collapse' : 'catalog.expand')}>
          {open ? '‹' : '›'}
        </button>
      </div>
      {open && (
        <div className="panel-body">
          {catalog.status === 'loading' && <p className="muted">{t('catalog.loading')}</p>}
          {catalog.status === 'error' && <p className="warning" role="alert">⚠ {t('catalog.error', { message: catalog.message })}</p>}
          {allWarnings.length > 0 && (
            <div className="catalog-warnings" role="status" aria-label={t('catalog.warnings')}>
              {allWarnings.map((w, i) => <p key={i} className="warning">⚠ {w}</p>)}
            </div>
          )}
          {catalog.status === 'ready' && sectorsFor(workspace).map((sector) => {
            const inSector = layers.filter((l) => l.sector === sector);
            return (
              <section key={sector} className="sector" data-sector={sector}>
                <h3>{t(`sector.${sector}`)} <span className="count">{inSector.length}</span></h3>
                {inSector.length === 0 ? <p className="muted empty">{t('catalog.emptySector')}</p> : (
                  <ul className="layer-list">
                    {inSector.map((layer) => (
                      <LayerItem key={layer.id} layer={layer} visible={visible.has(layer.id)} opacity={opacity(layer)} data={data[layer.id]} onToggle={onToggle} onOpacity={onOpacity} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </aside>
  );
}
