import { useTranslation } from '@jangkau/web-i18n';

/** The regions of the view drawn without an outline (none imported for them): listed, folded away. */
export function MapMissing({ missing }: { missing: { code: string; name: string }[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <details className="map-missing">
      <summary>
        {t('map.missing.title')} ({missing.length})
      </summary>
      <p className="small">{t('map.missing.body', { count: missing.length })}</p>
      <ul className="small">
        {missing.map((m) => (
          <li key={m.code}>
            {m.name} <span className="muted">{m.code}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
