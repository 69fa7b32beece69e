import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '@jangkau/web-data-access';
import { currentLanguage, useTranslation } from '@jangkau/web-i18n';
import { formatShortDate } from '../utils/time';
import { type CopySource } from '../utils/copyFromActivity';
import { CopyCandidatesQuery, CopySourceQuery } from '../graphql/copySource';

/**
 * "Copy from a past activity": the agency's own earlier activities, searched by title, the most recent first;
 * choosing one hands its type, topics, programme items, venue, villages and co-organisers to the form.
 */
export function CopyFromPast({ agencyId, personZone, onCopy }: { agencyId: string; personZone: string; onCopy: (source: CopySource) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);
  // Fixed once: a new instant each render would be a new query each render.
  const [now] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setTimeout(() => setSearched(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const candidates = useQuery(CopyCandidatesQuery, { variables: { filter: { agencyId, to: now, search: searched || null } }, skip: !open });
  // "Led or co-organised" is what the API filters by; only what the agency led is its own to copy.
  const list = ((candidates.data ?? candidates.previousData)?.activities.nodes ?? []).filter((a) => a.leadAgency.id === agencyId).slice(0, 10);
  const details = useRef<HTMLDetailsElement>(null);

  const copy = async (id: string) => {
    setProblem(null);
    setCopying(true);
    try {
      const { data } = await client.query({ query: CopySourceQuery, variables: { id }, fetchPolicy: 'network-only' });
      if (data?.activity) {
        onCopy(data.activity);
        if (details.current) details.current.open = false;
      } else setProblem(t('activityForm.copy.failed', { message: t('activity.page.notFoundBody') }));
    } catch (e) {
      setProblem(t('activityForm.copy.failed', { message: errorMessage(e, t) }));
    } finally {
      setCopying(false);
    }
  };

  return (
    <details ref={details} className="copy-from" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('activityForm.copy.open')}</summary>
      <p className="muted small">{t('activityForm.copy.hint')}</p>
      <label className="field">
        <span>{t('activityForm.copy.search')}</span>
        <input type="search" value={search} maxLength={100} onChange={(e) => setSearch(e.target.value)} />
      </label>
      {candidates.error ? (
        <p className="form__error">{errorMessage(candidates.error, t)}</p>
      ) : candidates.loading && !list.length ? (
        <p className="muted">{t('state.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('activityForm.copy.none')}</p>
      ) : (
        <ul className="copy-from__list" aria-label={t('activityForm.copy.results')}>
          {list.map((a) => (
            <li key={a.id}>
              <button type="button" className="copy-from__pick" disabled={copying} aria-label={t('activityForm.copy.pick', { title: a.title })} onClick={() => void copy(a.id)}>
                <span className="copy-from__title">{a.title}</span>
                <span className="muted small">
                  {formatShortDate(a.startsAt, a.timeZone ?? personZone, currentLanguage())} · {a.venueName}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="form__error" role="alert">
          {problem}
        </p>
      )}
    </details>
  );
}
