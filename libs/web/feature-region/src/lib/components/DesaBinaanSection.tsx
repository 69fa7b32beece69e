import { useQuery } from '@apollo/client/react';
import { formatCalendarDate, useTranslation } from '@jangkau/web-i18n';
import { RegionDesaBinaanQuery } from '../graphql/regionDesaBinaan.query';

/**
 * A village's Desa Binaan Imigrasi: which office adopted it, by which SK, with which Pimpasa. Only what the reader
 * may see (nothing when signed out); the page does not wait for it, and shows nothing when there is none or the
 * lookup fails (the village itself is already on screen).
 */
export function DesaBinaanSection({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(RegionDesaBinaanQuery, { variables: { code } });
  const designations = data?.region?.desaBinaan ?? [];
  if (designations.length === 0) return null;
  return (
    <section className="desa-binaan-section" aria-labelledby="desa-binaan-heading">
      <h2 id="desa-binaan-heading">
        <span className="badge badge--desa-binaan">{t('programme.desaBinaan.section.title')}</span>
      </h2>
      <ul className="desa-binaan-section__list">
        {designations.map((d) => (
          <li key={d.id}>
            <strong title={d.agency.name}>{t('programme.desaBinaan.section.by', { office: d.agency.shortName })}</strong>
            {d.status === 'ENDED' && <span className="muted"> · {t('programme.desaBinaan.statusValue.ENDED')}</span>}
            <br />
            <span>{t('programme.desaBinaan.section.sk', { number: d.skNumber, date: formatCalendarDate(d.skDate) })}</span>
            <br />
            <span className="muted">{t('programme.desaBinaan.section.officer', { name: d.officerName })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
