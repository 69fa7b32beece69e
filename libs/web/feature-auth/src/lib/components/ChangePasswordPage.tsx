import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage, useSession } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';

/** /ganti-sandi — owed after an administrator's reset, and open to anyone signed in. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { state, changePassword } = useSession();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const forced = state.status === 'signedIn' && state.user.mustChangePassword;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== again) return setError(t('auth.mismatch'));
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
      navigate('/wilayah', { replace: true });
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="auth-page">
      <h1>{t('auth.changeTitle')}</h1>
      {forced && <p>{t('auth.changeBody')}</p>}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="field">
          <span>{t('auth.currentPassword')}</span>
          <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('auth.newPassword')}</span>
          <input type="password" autoComplete="new-password" aria-describedby="password-hint" value={next} onChange={(e) => setNext(e.target.value)} />
          <small id="password-hint">{t('auth.passwordHint')}</small>
        </label>
        <label className="field">
          <span>{t('auth.confirmPassword')}</span>
          <input type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
        </label>
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={busy || !current || !next || !again}>
          {busy ? t('auth.submitting') : t('auth.save')}
        </button>
      </form>
    </div>
  );
}
