import { useEffect, useState, type FormEvent } from 'react';
import { refreshSession, useSession } from '../app/session/session.ts';
import { useI18n } from './i18n/I18nContext.tsx';

/** Header control: "Sign in" opens a small form; when signed in, the user name and "Sign out". */
export function LoginControl() {
  const { t } = useI18n();
  const { user, login, logout } = useSession();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void refreshSession();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await login(String(form.get('username') ?? ''), String(form.get('password') ?? ''));
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (user) {
    return (
      <div className="login-control" data-testid="session-user">
        <span className="login-user" title={Object.entries(user.roles).map(([s, r]) => `${s}: ${r}`).join(', ') || undefined}>{user.username}</span>
        <button type="button" className="link-button" onClick={() => void logout()}>{t('session.logout')}</button>
      </div>
    );
  }
  return (
    <div className="login-control">
      <button type="button" className="link-button" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="login-open">{t('session.login')}</button>
      {open && (
        <form className="login-form panel" onSubmit={(e) => void submit(e)} aria-label={t('session.login')}>
          <label>{t('session.username')}<input name="username" autoComplete="username" required /></label>
          <label>{t('session.password')}<input name="password" type="password" autoComplete="current-password" required /></label>
          {error && <p className="login-error" role="alert">{error}</p>}
          <button type="submit" disabled={busy}>{t('session.submit')}</button>
        </form>
      )}
    </div>
  );
}
