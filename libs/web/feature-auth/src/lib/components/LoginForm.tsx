import { useState, type FormEvent } from 'react';
import { errorMessage, useSession } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';

/** Username and password; the server's message (wrong credentials, paused after failures) shown as it is. */
export function LoginForm({ onSignedIn, autoFocus = true }: { onSignedIn?: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      setPassword('');
      onSignedIn?.();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span>{t('auth.username')}</span>
        <input
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus={autoFocus}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('auth.password')}</span>
        <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy || !username.trim() || !password}>
        {busy ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
