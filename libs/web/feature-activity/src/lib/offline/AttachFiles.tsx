import { useEffect, useRef, useState } from 'react';
import { EVIDENCE_LIMITS, EvidenceContentType } from '@jangkau/shared-domain';
import { useTranslation } from '@jangkau/web-i18n';
import { shrinkPhoto } from '../utils/shrinkPhoto';
import { EVIDENCE_ACCEPT, formatFileSize } from '../utils/evidenceFiles';
import type { StoredFile } from './offlineDb';
import { putFile, removeFile } from './outbox';

/**
 * Photos and PDFs attached in the form, before the activity exists on the server: shrunk and kept on this device
 * (IndexedDB) at once, so neither a reload nor a lost signal loses them; sent after the activity by the outbox.
 * The camera opens straight from the picker on a phone.
 */
export function AttachFiles({ userId, ownerId, files, onChange }: { userId: string; ownerId: string; files: StoredFile[]; onChange: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const room = EVIDENCE_LIMITS.perActivityMax - files.length;

  const add = async (chosen: FileList | null) => {
    setProblem(null);
    for (const original of [...(chosen ?? [])].slice(0, Math.max(0, room))) {
      if (!(Object.values(EvidenceContentType) as string[]).includes(original.type)) {
        setProblem(t('activity.evidence.wrongType'));
        continue;
      }
      const file = await shrinkPhoto(original);
      try {
        await putFile({ id: crypto.randomUUID(), userId, ownerId, blob: file, fileName: original.name, contentType: file.type, addedAt: new Date().toISOString() });
      } catch {
        setProblem(t('activity.outbox.storageFull'));
      }
    }
    if (input.current) input.current.value = '';
    onChange();
  };

  return (
    <fieldset className="fieldset attach-files">
      <legend>{t('activity.form.attachTitle')}</legend>
      <p className="muted small">{t('activity.form.attachHint')}</p>
      {files.length > 0 && (
        <ul className="attach-files__list">
          {files.map((f) => (
            <li key={f.id} className="attach-files__item">
              <Preview file={f} />
              <span className="attach-files__name">
                {f.fileName} <span className="muted">({formatFileSize(f.blob.size)})</span>
              </span>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t('activity.form.attachRemove', { name: f.fileName })}
                onClick={() => void removeFile(f.id).then(onChange)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && <p className="muted small">{t('activity.form.attachWaiting', { count: files.length })}</p>}
      <label className="button button--secondary attach-files__add">
        {t('activity.form.attachAdd')}
        <input ref={input} type="file" accept={EVIDENCE_ACCEPT} multiple className="visually-hidden" disabled={room <= 0} onChange={(e) => void add(e.target.files)} />
      </label>
      {problem && (
        <p className="form__error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

/** A small preview of a photo (from the device, no network); a PDF shows its type. */
function Preview({ file }: { file: StoredFile }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file.contentType.startsWith('image/') || typeof URL.createObjectURL !== 'function') return;
    const made = URL.createObjectURL(file.blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return url ? <img className="attach-files__thumb" src={url} alt="" width="48" height="48" /> : <span className="attach-files__thumb attach-files__thumb--pdf">PDF</span>;
}
