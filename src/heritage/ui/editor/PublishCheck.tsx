import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import type { MissingTranslation } from '../../player/missingTranslations.ts';
import type { HeritageMessageKey } from '../heritageMessages.ts';

/** Props of {@link PublishCheck}. */
export interface PublishCheckProps {
  required: MissingTranslation[];
  optional: MissingTranslation[];
  t: ToolTranslate<HeritageMessageKey>;
}

/** The missing translations, flagged before publishing: vi/en block it, the others are warnings. */
export function PublishCheck({ required, optional, t }: PublishCheckProps) {
  const all = [...required, ...optional];
  if (all.length === 0) return null;
  const line = (m: MissingTranslation) => t('edit.missingItem', {
    where: m.stopIndex < 0 ? t('edit.tourLevel') : t('edit.stopN', { n: m.stopIndex + 1 }),
    field: m.field === 'title' ? t('edit.stopTitle') : t('edit.narration'),
    lang: m.lang.toUpperCase(),
  });
  return (
    <div className="publish-check" data-testid="publish-check">
      <p>{t('edit.missing', { n: all.length })}</p>
      {required.length > 0 && <p className="warning">{t('edit.missingRequired')}</p>}
      {required.length === 0 && optional.length > 0 && <p className="muted">{t('edit.missingOptional')}</p>}
      <ul>
        {all.slice(0, 30).map((m) => (
          <li key={`${m.stopIndex}-${m.field}-${m.lang}`} className={required.includes(m) ? 'required' : undefined}>{line(m)}</li>
        ))}
        {all.length > 30 && <li>…</li>}
      </ul>
    </div>
  );
}
