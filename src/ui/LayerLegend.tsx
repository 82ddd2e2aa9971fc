import type { LegendEntry } from '../catalog/LayerDefinition.ts';
import { localize } from './i18n/localize.ts';
import { useI18n } from './i18n/I18nContext.tsx';

/** A layer's legend: one swatch (point, line or fill) and label per entry. */
export function LayerLegend({ entries }: { entries: LegendEntry[] | undefined }) {
  const { t, lang } = useI18n();
  if (!entries || entries.length === 0) return null;
  return (
    <ul className="legend" aria-label={t('layer.legend')}>
      {entries.map((entry, i) => (
        <li key={i}>
          <span className={`swatch swatch-${entry.shape}`} style={{ ['--swatch' as string]: entry.color }} aria-hidden="true" />
          {localize(entry.label, lang)}
        </li>
      ))}
    </ul>
  );
}
