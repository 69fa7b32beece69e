import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { EVIDENCE_LIMITS, EvidenceContentType, isEvidenceImage } from '@jangkau/shared-domain';
import { errorMessage, restErrorMessage, useSession, type ActivityDetailFragment } from '@jangkau/web-data-access';
import { currentLanguage, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { ActivityQuery, EvidenceLimitsQuery, RemoveEvidenceMutation } from '../graphql/activities';
import { saveBlob } from '@jangkau/web-ui';
import { shrinkPhoto } from '../utils/shrinkPhoto';
import { EVIDENCE_ACCEPT, formatFileSize } from '../utils/evidenceFiles';
import { hasOfflineStore } from '../offline/offlineDb';
import { useOffline } from '../offline/OfflineProvider';
import { putFile } from '../offline/outbox';

type Evidence = ActivityDetailFragment['evidence'][number];
interface Upload {
  key: string;
  name: string;
  progress: number;
  error: string | null;
}

/**
 * Photos and PDFs on an activity: a gallery of thumbnails (fetched with the person's token and shown from blob
 * URLs; a token never goes into a URL), upload with progress per file, removal by the agency that added a file.
 */
export function EvidenceSection({ activity }: { activity: ActivityDetailFragment }) {
  const { t } = useTranslation();
  const { request, state: session } = useSession();
  const offline = useOffline();
  const limits = useQuery(EvidenceLimitsQuery);
  const maxBytes = limits.data?.appInfo.evidenceMaxBytes ?? null;
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [remove] = useMutation(RemoveEvidenceMutation, { refetchQueries: [ActivityQuery] });
  const [removeError, setRemoveError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const canAdd = activity.allowedActions.includes('ADD_EVIDENCE');
  const room = EVIDENCE_LIMITS.perActivityMax - activity.evidence.length;

  const patch = (key: string, change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const send = async (original: File) => {
    const key = `${original.name}:${original.size}:${Date.now()}:${Math.random()}`;
    setUploads((list) => [...list, { key, name: original.name, progress: 0, error: null }]);
    if (!(Object.values(EvidenceContentType) as string[]).includes(original.type)) {
      return patch(key, { error: t('activity.evidence.wrongType') });
    }
    // Phone photos are often 4–8 MB: shrunk on the device first, so they arrive over a weak connection.
    const file = await shrinkPhoto(original);
    if (maxBytes !== null && file.size > maxBytes) return patch(key, { error: t('activity.evidence.tooLarge', { max: formatFileSize(maxBytes) }) });
    const id = crypto.randomUUID();
    // No network: the file waits in this device's queue (sent, once, when the network returns).
    const queue = async () => {
      if (session.status !== 'signedIn' || !hasOfflineStore()) return false;
      const userId = session.user.id;
      await putFile({ id, userId, ownerId: `queued:${id}`, blob: file, fileName: original.name, contentType: file.type, addedAt: new Date().toISOString() });
      await offline.enqueue([{ id, userId, kind: 'evidence', activityId: activity.id, title: activity.title, fileName: original.name, fileSize: file.size }]);
      setUploads((list) => list.filter((u) => u.key !== key));
      return true;
    };
    if (!offline.online && (await queue())) return;
    const body = new FormData();
    body.append('file', file, original.name);
    // The same key as a queued send would use: a reply lost here and a send from the queue store it once.
    const response = await request({
      method: 'POST',
      path: `/api/activities/${activity.id}/evidence`,
      body,
      headers: { 'Idempotency-Key': id },
      onUploadProgress: (progress) => patch(key, { progress }),
    });
    if (response.status === 201 || response.status === 200) {
      setUploads((list) => list.filter((u) => u.key !== key));
      return;
    }
    if (response.status === 0 && (await queue())) return;
    patch(key, { error: restErrorMessage(response, t) });
  };

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    for (const file of [...files].slice(0, Math.max(0, room))) await send(file);
    if (input.current) input.current.value = '';
    await limits.client.refetchQueries({ include: [ActivityQuery] });
  };

  if (activity.evidence.length === 0 && !canAdd) return null;
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">
        {t('activity.evidence.title')} <span className="muted">({formatNumber(activity.evidence.length)})</span>
      </h2>
      {activity.evidence.length === 0 ? (
        <p className="muted">{t('activity.evidence.empty')}</p>
      ) : (
        <ul className="evidence-grid">
          {activity.evidence.map((e) => (
            <EvidenceItem
              key={e.id}
              evidence={e}
              onRemove={() => {
                if (!window.confirm(t('activity.evidence.confirmRemove', { name: e.fileName }))) return;
                setRemoveError(null);
                void remove({ variables: { id: e.id } }).catch((err) => setRemoveError(errorMessage(err, t)));
              }}
            />
          ))}
        </ul>
      )}
      {removeError && <p className="form__error">{removeError}</p>}
      {canAdd && (
        <div className="evidence-upload">
          <label className="button button--secondary evidence-upload__button">
            {t('activity.evidence.add')}
            <input ref={input} type="file" className="visually-hidden" accept={EVIDENCE_ACCEPT} multiple disabled={room <= 0} onChange={(e) => void onFiles(e.target.files)} />
          </label>
          <p className="muted small">{t('activity.evidence.hint', { max: maxBytes ? formatFileSize(maxBytes) : '…', count: EVIDENCE_LIMITS.perActivityMax })}</p>
          {uploads.length > 0 && (
            <ul className="uploads" aria-live="polite">
              {uploads.map((u) => (
                <li key={u.key}>
                  <span>{u.name}</span>{' '}
                  {u.error ? (
                    <>
                      <span className="form__error">{u.error}</span>{' '}
                      <button type="button" className="link-button" onClick={() => setUploads((list) => list.filter((x) => x.key !== u.key))}>
                        ×
                      </button>
                    </>
                  ) : (
                    <progress max={1} value={u.progress} aria-label={t('activity.evidence.uploading', { name: u.name })}>
                      {Math.round(u.progress * 100)}%
                    </progress>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function EvidenceItem({ evidence, onRemove }: { evidence: Evidence; onRemove: () => void }) {
  const { t } = useTranslation();
  const { request } = useSession();
  const thumbnail = useBlobUrl(evidence.thumbnailUrl);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    setOpening(true);
    setError(null);
    const response = await request({ method: 'GET', path: evidence.url, responseType: 'blob' });
    setOpening(false);
    if (!response.blob) return setError(restErrorMessage(response, t));
    saveBlob(response.blob, evidence.fileName, { newTab: isEvidenceImage(evidence.contentType) || evidence.contentType === EvidenceContentType.PDF });
  };
  const stamp = new Date(evidence.createdAt).toLocaleDateString(currentLanguage() === 'en' ? 'en-GB' : 'id-ID');
  return (
    <li className="evidence-item">
      <button type="button" className="evidence-item__open" onClick={() => void open()} disabled={opening} aria-label={t('activity.evidence.open', { name: evidence.fileName })}>
        {thumbnail ? <img src={thumbnail} alt="" width={160} height={120} /> : <span className="evidence-item__icon">{evidence.contentType === EvidenceContentType.PDF ? 'PDF' : '…'}</span>}
      </button>
      <span className="evidence-item__name" title={evidence.fileName}>
        {evidence.fileName}
      </span>
      <span className="muted small">
        {formatFileSize(evidence.sizeBytes)} · {evidence.agency.shortName} · {stamp}
      </span>
      {evidence.removable && (
        <button type="button" className="link-button small" onClick={onRemove}>
          {t('activity.evidence.remove')}
        </button>
      )}
      {error && <span className="form__error small">{error}</span>}
    </li>
  );
}

/** An authorised image as a blob URL, revoked when the component goes away. */
function useBlobUrl(path: string | null | undefined): string | null {
  const { request } = useSession();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    let objectUrl: string | null = null;
    void request({ method: 'GET', path, responseType: 'blob', signal: controller.signal }).then((response) => {
      if (controller.signal.aborted || !response.blob) return;
      objectUrl = URL.createObjectURL(response.blob);
      setUrl(objectUrl);
    });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [path, request]);
  return url;
}
