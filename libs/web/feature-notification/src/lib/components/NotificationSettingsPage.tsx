import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { NOTIFICATION_KIND_LABELS } from '@jangkau/shared-domain';
import { errorMessage, type NotificationDelivery, type NotificationKind } from '@jangkau/web-data-access';
import { currentLanguage, useTranslation } from '@jangkau/web-i18n';
import { useQueryState } from '@jangkau/web-ui';
import { NotificationPreferencesQuery, SetNotificationPreferencesMutation } from '../graphql/notifications';

const DELIVERIES: NotificationDelivery[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];

/**
 * /pemberitahuan/pengaturan — for each kind, whether it also comes by e-mail: at once, in the 07.00 digest, or
 * not at all. The bell keeps every notification regardless. Returns and reopenings are fixed at "at once".
 * Only what the person changed is sent, so kinds left alone keep following their default.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(SetNotificationPreferencesMutation);
  const [chosen, setChosen] = useState<Partial<Record<NotificationKind, NotificationDelivery>>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const language = currentLanguage();

  const state = useQueryState({ loading, error, data, describeError: (e) => errorMessage(e, t), onRetry: () => void refetch(), loadingRows: 6 });
  if (state) return state;
  const preferences = data?.notificationPreferences ?? [];
  const changes = preferences.filter((p) => !p.locked && chosen[p.kind] !== undefined && chosen[p.kind] !== p.delivery).map((p) => ({ kind: p.kind, delivery: chosen[p.kind]! }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (changes.length === 0) {
      setResult({ ok: true, text: t('notification.settings.unchanged') });
      return;
    }
    try {
      await save({
        variables: { preferences: changes },
        update: (cache, { data: saved }) => {
          if (saved) cache.writeQuery({ query: NotificationPreferencesQuery, data: { notificationPreferences: saved.setNotificationPreferences } });
        },
      });
      setChosen({});
      setResult({ ok: true, text: t('notification.settings.saved') });
    } catch (e) {
      setResult({ ok: false, text: errorMessage(e, t) });
    }
  };

  return (
    <section className="notification-settings">
      <p className="small">
        <Link to="/pemberitahuan">← {t('notification.settings.back')}</Link>
      </p>
      <h1>{t('notification.settings.title')}</h1>
      <p className="notice notice--info">{t('notification.settings.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {preferences.map((preference) => {
          const current = preference.locked ? 'IMMEDIATE' : (chosen[preference.kind] ?? preference.delivery);
          const noteId = `lock-${preference.kind}`;
          return (
            <fieldset key={preference.kind} className="fieldset preference" aria-describedby={preference.locked ? noteId : undefined} data-kind={preference.kind}>
              <legend>
                {NOTIFICATION_KIND_LABELS[preference.kind][language]}
                {preference.isDefault && !preference.locked && chosen[preference.kind] === undefined && (
                  <span className="muted small preference__default"> ({t('notification.settings.isDefault')})</span>
                )}
              </legend>
              <div className="preference__choices">
                {DELIVERIES.map((delivery) => (
                  <label key={delivery} className="field--inline preference__choice">
                    <input
                      type="radio"
                      name={`delivery-${preference.kind}`}
                      value={delivery}
                      checked={current === delivery}
                      disabled={preference.locked}
                      onChange={() => {
                        setChosen((before) => ({ ...before, [preference.kind]: delivery }));
                        setResult(null);
                      }}
                    />
                    <span>{t(`notification.settings.delivery.${delivery}`)}</span>
                  </label>
                ))}
              </div>
              {preference.locked && (
                <p id={noteId} className="small muted preference__locked">
                  {t(`notification.settings.locked.${preference.kind}`, { defaultValue: t('notification.settings.locked.ACTIVITY_RETURNED') })}
                </p>
              )}
            </fieldset>
          );
        })}
        {result && (
          <p className={result.ok ? 'notice' : 'form__error'} role={result.ok ? 'status' : 'alert'}>
            {result.text}
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={saving.loading}>
            {saving.loading ? t('notification.settings.saving') : t('notification.settings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
