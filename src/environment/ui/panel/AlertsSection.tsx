/**
 * Open alerts (pushed on `/api/live`, so a new one appears within a second) with an "acknowledge"
 * button for signed-in environment editors/admins. Hidden when the server has no alerts API.
 */
import { useState } from 'react';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import { canEdit, useSession } from '../../../app/session/session.ts';
import { acknowledgeAlert } from '../data/alertsClient.ts';
import type { EnvironmentView } from '../data/useEnvironment.ts';
import { useEnvironmentText } from '../useEnvironmentText.ts';
import { formatShownTime } from './ReplayControls.tsx';

/** Props: the tool context and the environment view. */
export function AlertsSection({ ctx, env }: { ctx: ToolContext; env: EnvironmentView }) {
  const t = useEnvironmentText(ctx.lang);
  const { user } = useSession();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<number>();
  const alerts = env.snapshot.alerts;
  if (!alerts) return null;
  const mayAck = canEdit(user, 'environment');
  const ack = async (id: number) => {
    setBusy(id);
    setError(undefined);
    try {
      env.store.alertAcknowledged(await acknowledgeAlert(id));
    } catch (e) {
      setError(t('alerts.failed', { message: (e as Error).message }));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section className="env-section" aria-label={t('alerts.title', { count: alerts.length })} data-testid="env-alerts">
      <h3>{t('alerts.title', { count: alerts.length })}</h3>
      {alerts.length === 0 && <p className="env-note">{t('alerts.none')}</p>}
      <ul className="env-alerts">
        {alerts.slice(0, 20).map((a) => (
          <li key={a.id} data-testid="env-alert" data-alert-id={a.id}>
            <div>
              <strong>{a.ruleName}</strong> <span className="muted">{formatShownTime(Date.parse(a.createdAt), ctx.lang)}</span>
            </div>
            <div className="env-alert-message">
              {a.thing !== null ? <button type="button" className="link-button" onClick={() => ctx.setParams({ station: String(a.thing) })}>{a.message}</button> : a.message}
            </div>
            {mayAck && <button type="button" className="env-button" disabled={busy === a.id} onClick={() => void ack(a.id)}>{t('alerts.ack')}</button>}
          </li>
        ))}
      </ul>
      {!mayAck && alerts.length > 0 && <p className="env-note">{t('alerts.signIn')}</p>}
      {error && <p className="warning">{error}</p>}
    </section>
  );
}
