import { Link } from 'react-router';
import { useTranslation } from '@jangkau/web-i18n';
import { EmptyState } from '@jangkau/web-ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <Link to="/wilayah">{t('notFound.home')}</Link>
    </EmptyState>
  );
}
