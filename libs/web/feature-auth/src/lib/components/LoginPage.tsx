import { useQuery } from '@apollo/client/react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { AppInfoQuery } from '../graphql/appInfo.query';
import { LoginForm } from './LoginForm';

/** /masuk — and back to where the user was going (?lanjut=/admin/pengguna). */
export function LoginPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('lanjut'));
  const { data } = useQuery(AppInfoQuery);
  if (state.status === 'signedIn') return <Navigate to={next} replace />;
  return (
    <div className="auth-page">
      <h1>{t('auth.title')}</h1>
      <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
      {data?.appInfo.demoMode && (
        <aside className="demo-accounts">
          <h2>{t('auth.demoTitle')}</h2>
          <p>{t('auth.demoBody')}</p>
          <ul>
            {data.appInfo.demoAccounts.map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </div>
  );
}

/** Only paths inside the app: a crafted link must not send the user elsewhere after signing in. */
function safeNext(value: string | null): string {
  // Without a destination: the dashboard itself. Not '/' (whose <Navigate> then redirects again): a redirect
  // rendered during the sign-in navigation was sometimes dropped, leaving an empty page at '/'.
  return value && value.startsWith('/') && !value.startsWith('//') && value !== '/' ? value : '/dasbor';
}
