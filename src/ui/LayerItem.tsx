import type { CatalogLayer } from '../catalog/LayerDefinition.ts';
import { getLayerType } from '../catalog/layerTypes.ts';
import type { LayerDataState } from '../app/useLayerData.ts';
import { localize } from './i18n/localize.ts';
import { useI18n } from './i18n/I18nContext.tsx';
import { LayerLegend } from './LayerLegend.tsx';

/** Props of one layer row. */
export interface LayerItemProps {
  layer: CatalogLayer;
  visible: boolean;
  /** Opacity 0–1. */
  opacity: number;
  data?: LayerDataState;
  onToggle: (id: string, on: boolean) => void;
  onOpacity: (id: string, opacity: number) => void;
}

/** One layer in the catalog: toggle, opacity, status, legend, source and licence, warnings. */
export function LayerItem({ layer, visible, opacity, data, onToggle, onOpacity }: LayerItemProps) {
  const { t, lang } = useI18n();
  const title = localize(layer.title, lang) || layer.id;
  const warnings = [...(layer.warnings ?? [])];
  if (!getLayerType(layer.type)) warnings.push(t('layer.unknownType', { type: String(layer.type) }));
  if (data?.status === 'error') warnings.push(t('layer.error', { message: data.message }));
  const source = layer.source ?? { name: '?', synthetic: false };

  return (
    <li className={`layer-item${visible ? ' on' : ''}`} data-layer-id={layer.id}>
      <div className="layer-head">
        <label className="layer-toggle">
          <input type="checkbox" checked={visible} onChange={(e) => onToggle(layer.id, e.target.checked)} aria-label={t('layer.show', { title })} />
          <span className="layer-title">{title}</span>
        </label>
        {source.synthetic && <span className="badge synthetic" title={t('layer.syntheticHint')}>{t('layer.synthetic')}</span>}
        {visible && data?.status === 'loading' && <span className="layer-status">{t('layer.loading')}</span>}
        {data?.status === 'ready' && <span className="layer-status">{t('layer.features', { count: data.data.features.length })}</span>}
      </div>
      <label className="opacity">
        <span>{t('layer.opacity')}</span>
        <input type="range" min={0} max={1} step={0.05} value={opacity} onChange={(e) => onOpacity(layer.id, Number(e.target.value))} />
        <span className="opacity-value">{Math.round(opacity * 100)}%</span>
      </label>
      <LayerLegend entries={layer.legend} />
      <p className="layer-source">
        {t('layer.source')}: {source.url ? <a href={source.url} target="_blank" rel="noreferrer noopener">{source.name}</a> : source.name}
        {' · '}{t('layer.licence')}: {layer.licence}
        {source.note && <span className="layer-note" title={localize(source.note, lang)}>{localize(source.note, lang)}</span>}
      </p>
      {warnings.map((w, i) => <p key={i} className="warning" role="status">⚠ {w}</p>)}
    </li>
  );
}
