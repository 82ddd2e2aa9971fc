import { useEffect, useState } from 'react';
import type { Lang } from '../../../ui/i18n/messages.ts';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import { formatWhen } from '../formatWhen.ts';
import type { HeritageMessageKey } from '../heritageMessages.ts';
import { listVersions, restoreVersion, type TourVersion } from '../toursApi.ts';

/** Props of {@link VersionList}. */
export interface VersionListProps {
  tourId: string;
  lang: Lang;
  /** Changes when a publish or restore happened (reloads the list). */
  revision: number;
  onView: (version: number) => void;
  /** The draft was restored from `version` (the editor reloads it). */
  onRestored: (version: number) => void;
  t: ToolTranslate<HeritageMessageKey>;
}

/** Published versions, newest first, each with author and date, "view" and "restore into the draft". */
export function VersionList({ tourId, lang, revision, onView, onRestored, t }: VersionListProps) {
  const [versions, setVersions] = useState<TourVersion[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    void listVersions(tourId).then((r) => {
      if (cancelled) return;
      if (r.ok) setVersions(r.value.versions);
      else if (r.status === 404) setVersions([]);
      else setError(r.message);
    });
    return () => {
      cancelled = true;
    };
  }, [tourId, revision]);
  const restore = async (v: number) => {
    const r = await restoreVersion(tourId, v);
    if (r.ok) onRestored(v);
    else setError(r.message);
  };
  return (
    <section className="version-list" data-testid="version-list">
      <h4>{t('edit.versions')}</h4>
      {error && <p className="warning">{t('edit.error', { message: error })}</p>}
      {versions?.length === 0 && <p className="muted">{t('edit.noVersions')}</p>}
      <ul>
        {versions?.map((v) => (
          <li key={v.version} data-version={v.version}>
            <span>{t('edit.versionLine', { v: v.version, who: v.publishedBy, when: formatWhen(v.publishedAt, lang) })}</span>
            {v.note && <span className="muted"> — {v.note}</span>}
            <button type="button" className="small" onClick={() => onView(v.version)}>{t('edit.view')}</button>
            <button type="button" className="small" onClick={() => void restore(v.version)}>{t('edit.restore')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
