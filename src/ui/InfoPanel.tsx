import type { CatalogLayer } from '../catalog/LayerDefinition.ts';
import type { PickedFeature } from '../app/RenderLayer.ts';
import { localize, localizedLabel } from './i18n/localize.ts';
import { useI18n } from './i18n/I18nContext.tsx';

/** Props: the picked feature and its layer (when still in the catalog). */
export interface InfoPanelProps {
  feature: PickedFeature;
  layer: CatalogLayer | undefined;
  onClose: () => void;
}

/** Whether a feature property says the feature is synthetic (`true` or `"true"`). */
export function isSyntheticFeature(properties: Record<string, unknown>): boolean {
  const v = properties.synthetic;
  return v === true || v === 'true';
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The attributes of the clicked feature, with a notice when its data is synthetic. */
export function InfoPanel({ feature, layer, onClose }: InfoPanelProps) {
  const { t, lang } = useI18n();
  const entries = Object.entries(feature.properties);
  const synthetic = layer?.source?.synthetic === true || isSyntheticFeature(feature.properties);
  const label = localizedLabel(feature.properties, layer?.labelProperty, lang);

  return (
    <aside className="panel info-panel" aria-label={t('info.title')} data-testid="info-panel">
      <div className="panel-head">
        <h2>{label ?? t('info.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} title={t('info.close')} aria-label={t('info.close')}>×</button>
      </div>
      <div className="panel-body">
        <p className="info-layer">{t('info.layer')}: <strong>{layer ? localize(layer.title, lang) : feature.layerId}</strong></p>
        {synthetic && <p className="synthetic-notice" role="note">{t('info.synthetic')}</p>}
        {entries.length === 0 ? <p className="muted">{t('info.noProperties')}</p> : (
          <table className="attributes">
            <thead><tr><th scope="col">{t('info.property')}</th><th scope="col">{t('info.value')}</th></tr></thead>
            <tbody>
              {feature.featureId !== undefined && <tr><th scope="row">id</th><td>{String(feature.featureId)}</td></tr>}
              {entries.map(([key, value]) => <tr key={key}><th scope="row">{key}</th><td>{formatValue(value)}</td></tr>)}
            </tbody>
          </table>
        )}
      </div>
    </aside>
  );
}
