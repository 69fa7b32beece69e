import { useQuery } from '@apollo/client/react';
import { Fragment, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '@jangkau/web-data-access';
import { formatDateTimeWib, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, QueryState } from '@jangkau/web-ui';
import { OutgoingMailQuery } from '../graphql/mail';

const STATUSES = ['WAITING', 'SENT', 'FAILED', 'SKIPPED'] as const;
type MailStatus = (typeof STATUSES)[number];
const PAGE = 100;

const isStatus = (value: string | null): value is MailStatus => value !== null && (STATUSES as readonly string[]).includes(value);

/**
 * /admin/surel — what Jangkau e-mailed and what waits: counts by status, a status filter (in the URL), and each
 * message with its attempts and last error; a row opens to its plain-text body. Without SMTP_URL (the demo) the
 * messages are files in a folder, and the page says where.
 */
export function OutgoingMailPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  // Shown at once; the URL (applied by React Router in a transition) catches up.
  const [status, setShownStatus] = useState<MailStatus | null>(isStatus(statusParam) ? statusParam : null);
  useEffect(() => setShownStatus(isStatus(statusParam) ? statusParam : null), [statusParam]);
  const { data, loading, error, refetch } = useQuery(OutgoingMailQuery, {
    variables: { first: PAGE, status },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [open, setOpen] = useState<string | null>(null);
  const mail = data?.outgoingMail;
  const setStatus = (value: string) => {
    setShownStatus(isStatus(value) ? value : null);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('status', value);
        else next.delete('status');
        return next;
      },
      { replace: true },
    );
  };
  const count = (s: MailStatus) => (mail ? { WAITING: mail.waiting, SENT: mail.sent, FAILED: mail.failed, SKIPPED: mail.skipped }[s] : 0);

  return (
    <section className="admin mail-page">
      <div className="admin__head">
        <h1>{t('notification.mail.title')}</h1>
        <button type="button" className="button button--secondary" disabled={loading} onClick={() => void refetch()}>
          {t('notification.mail.refresh')}
        </button>
      </div>
      <p className="muted">{t('notification.mail.intro')}</p>
      {mail && !mail.smtp && (
        <p className="notice notice--warning mail-page__no-smtp" role="note">
          {t('notification.mail.noSmtp', { folder: mail.folder ?? '' })}
        </p>
      )}
      {mail && (
        <ul className="mail-counts" aria-label={t('notification.mail.counts')}>
          {STATUSES.map((s) => (
            <li key={s} className={`mail-counts__item mail-status--${s.toLowerCase()}`} data-testid={`mail-count-${s}`}>
              <span className="mail-counts__number">{formatNumber(count(s))}</span> <span>{t(`notification.mail.status.${s}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="filters">
        <label className="field">
          <span>{t('notification.mail.statusFilter')}</span>
          <select value={status ?? ''} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('notification.mail.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`notification.mail.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryState
        loading={loading}
        error={error}
        data={mail}
        describeError={(e) => errorMessage(e, t)}
        onRetry={() => void refetch()}
        loadingRows={6}
        isEmpty={(m) => m.nodes.length === 0}
        empty={<EmptyState title={t('notification.mail.empty')} />}
      >
        {(mail) => (
          <>
            {error && (
              <p className="form__error" role="alert">
                {errorMessage(error, t)}
              </p>
            )}
            <table className="table mail-table">
              <thead>
                <tr>
                  <th scope="col">{t('notification.mail.to')}</th>
                  <th scope="col">{t('notification.mail.subject')}</th>
                  <th scope="col">{t('notification.mail.statusColumn')}</th>
                  <th scope="col" className="num">
                    {t('notification.mail.attempts')}
                  </th>
                  <th scope="col">{t('notification.mail.created')}</th>
                  <th scope="col">{t('notification.mail.sent')}</th>
                </tr>
              </thead>
              <tbody>
                {mail.nodes.map((message) => {
                  const expanded = open === message.id;
                  const bodyId = `mail-body-${message.id}`;
                  const messageStatus = isStatus(message.status) ? message.status : null;
                  return (
                    <Fragment key={message.id}>
                      <tr className="mail-table__row" data-mail-id={message.id}>
                        <td data-label={t('notification.mail.to')} className="mail-table__to">
                          {message.toAddress}
                        </td>
                        <td data-label={t('notification.mail.subject')} className="mail-table__subject">
                          <button
                            type="button"
                            className="link-button mail-table__toggle"
                            aria-expanded={expanded}
                            aria-controls={bodyId}
                            onClick={() => setOpen(expanded ? null : message.id)}
                          >
                            {message.subject}
                          </button>
                          {message.lastError && (
                            <span className="mail-table__error">
                              {t('notification.mail.lastError')}: {message.lastError}
                            </span>
                          )}
                        </td>
                        <td data-label={t('notification.mail.statusColumn')}>
                          <span className={`status-badge mail-status--${message.status.toLowerCase()}`}>
                            {messageStatus ? t(`notification.mail.status.${messageStatus}`) : message.status}
                          </span>
                          {message.nextAttemptAt && (
                            <span className="small muted mail-table__next">{t('notification.mail.nextAttempt', { at: formatDateTimeWib(message.nextAttemptAt) })}</span>
                          )}
                        </td>
                        <td data-label={t('notification.mail.attempts')} className="num">
                          {formatNumber(message.attempts)}
                        </td>
                        <td data-label={t('notification.mail.created')}>{formatDateTimeWib(message.createdAt)}</td>
                        <td data-label={t('notification.mail.sent')}>{message.sentAt ? formatDateTimeWib(message.sentAt) : '—'}</td>
                      </tr>
                      <tr id={bodyId} className="mail-table__body" hidden={!expanded}>
                        <td colSpan={6}>
                          <p className="small muted">{t('notification.mail.body')}</p>
                          <pre className="mail-table__text">{message.textBody}</pre>
                        </td>
                      </tr>
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
            {mail.nodes.length >= PAGE && <p className="small muted">{t('notification.mail.shown', { shown: formatNumber(mail.nodes.length) })}</p>}
          </>
        )}
      </QueryState>
    </section>
  );
}
