import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorMessage, type Role, type UserFieldsFragment } from '@jangkau/web-data-access';
import { currentLanguage, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, useQueryState } from '@jangkau/web-ui';
import { CreateUserMutation, ResetUserPasswordMutation, UpdateUserMutation, UsersQuery } from '../graphql/users';

const ROLES: Role[] = ['ADMIN', 'HEAD', 'OFFICER', 'LOCAL', 'VIEWER'];

/** /admin/pengguna — accounts: create, change role or agency, deactivate, reset password (administrators). */
export function UsersPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(UsersQuery);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const state = useQueryState({ loading, error, data, describeError: (e) => errorMessage(e, t), onRetry: () => void refetch(), loadingRows: 6, errorHidesData: true, missingIsError: true });
  if (state || !data) return state;
  return (
    <section className="admin">
      <div className="admin__head">
        <h1>{t('admin.users')}</h1>
        <button type="button" className="button" onClick={() => setCreating(true)}>
          {t('admin.newUser')}
        </button>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {creating && <CreateUserForm agencies={data.agencies} onDone={() => setCreating(false)} />}
      {data.users.length === 0 ? (
        <EmptyState title={t('admin.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('admin.fullName')}</th>
                <th scope="col">{t('admin.agency')}</th>
                <th scope="col">{t('admin.role')}</th>
                <th scope="col">{t('admin.lastLogin')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.users.map((user) => (
                <UserRow key={user.id} user={user} agencies={data.agencies} onNotice={setNotice} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function UserRow({ user, agencies, onNotice }: { user: UserFieldsFragment; agencies: { id: string; shortName: string }[]; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateUserMutation);
  const [reset] = useMutation(ResetUserPasswordMutation);
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async (changes: Partial<{ role: Role; agencyId: string; active: boolean }>) => {
    setError(null);
    try {
      await update({
        variables: {
          id: user.id,
          version: user.version,
          input: { fullName: user.fullName, email: user.email, agencyId: user.agencyId, role: user.role, active: user.active, ...changes },
        },
      });
      onNotice(t('admin.saved'));
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  const submitReset = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await reset({ variables: { id: user.id, temporaryPassword: password } });
      setResetting(false);
      setPassword('');
      onNotice(t('admin.resetDone'));
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <tr className={user.active ? undefined : 'is-inactive'}>
      <td>
        <strong>{user.fullName}</strong>
        <br />
        <span className="muted">{user.username}</span>
        {!user.active && <span className="muted"> · {t('admin.inactive')}</span>}
      </td>
      <td>
        <select
          aria-label={`${t('admin.agency')}: ${user.username}`}
          value={user.agencyId}
          onChange={(e) => {
            const agency = agencies.find((a) => a.id === e.target.value)?.shortName ?? '';
            if (window.confirm(t('confirm.agency', { name: user.fullName, agency }))) void save({ agencyId: e.target.value });
          }}
        >
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.shortName}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`${t('admin.role')}: ${user.username}`}
          value={user.role}
          onChange={(e) => {
            const role = e.target.value as Role;
            // Each change ends the person's sessions: asked first, so arrow keys on a closed list cannot fire several.
            if (window.confirm(t('confirm.role', { name: user.fullName, role: t(`role.${role}`) }))) void save({ role });
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{user.lastLoginAt ? new Date(user.lastLoginAt).toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'id-ID') : t('admin.never')}</td>
      <td className="actions">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            if (!user.active || window.confirm(t('confirm.deactivate', { name: user.fullName }))) void save({ active: !user.active });
          }}
        >
          {user.active ? t('admin.deactivate') : t('admin.activate')}
        </button>
        <button type="button" className="link-button" onClick={() => setResetting((open) => !open)}>
          {t('admin.resetPassword')}
        </button>
        {resetting && (
          <form className="inline-form" onSubmit={(e) => void submitReset(e)}>
            <label>
              <span className="visually-hidden">{t('admin.temporaryPassword')}</span>
              <input type="text" autoComplete="off" placeholder={t('admin.temporaryPassword')} value={password} onChange={(e) => setPassword(e.target.value)} />
            </label>
            <button type="submit" className="button" disabled={!password}>
              {t('admin.save')}
            </button>
          </form>
        )}
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}

function CreateUserForm({ agencies, onDone }: { agencies: { id: string; shortName: string }[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [create, { loading }] = useMutation(CreateUserMutation, { refetchQueries: [UsersQuery] });
  const [form, setForm] = useState({ username: '', fullName: '', email: '', agencyId: agencies[0]?.id ?? '', role: 'OFFICER' as Role, temporaryPassword: '' });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await create({ variables: { input: { ...form, email: form.email.trim() || null } } });
      onDone();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <form className="form form--panel" onSubmit={(e) => void submit(e)} aria-label={t('admin.newUser')}>
      <h2>{t('admin.newUser')}</h2>
      <label className="field">
        <span>{t('auth.username')}</span>
        <input required autoCapitalize="none" value={form.username} onChange={set('username')} />
      </label>
      <label className="field">
        <span>{t('admin.fullName')}</span>
        <input required value={form.fullName} onChange={set('fullName')} />
      </label>
      <label className="field">
        <span>{t('admin.email')}</span>
        <input type="email" value={form.email} onChange={set('email')} />
      </label>
      <label className="field">
        <span>{t('admin.agency')}</span>
        <select value={form.agencyId} onChange={set('agencyId')}>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.shortName}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('admin.role')}</span>
        <select value={form.role} onChange={set('role')}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('admin.temporaryPassword')}</span>
        <input required autoComplete="off" value={form.temporaryPassword} onChange={set('temporaryPassword')} aria-describedby="temp-hint" />
        <small id="temp-hint">{t('auth.passwordHint')}</small>
      </label>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={loading}>
          {t('admin.save')}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
