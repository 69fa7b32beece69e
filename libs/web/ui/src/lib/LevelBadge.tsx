import { useTranslation } from '@jangkau/web-i18n';

/** A region's level as a small label; kelurahan, desa and desa adat each have their own colour. */
export function LevelBadge({ level }: { level: string }) {
  const { t } = useTranslation();
  return <span className={`level-badge level-badge--${level.toLowerCase()}`}>{t(`level.${level}`)}</span>;
}
