export { i18n, initI18n, LANGUAGES, type AppLanguage, setLanguage, currentLanguage } from './lib/i18n';
export { useTranslation, Trans } from 'react-i18next';
export {
  formatAgo,
  formatCalendarDate,
  formatDate,
  formatDateRange,
  formatDateTimeInPersonZone,
  formatDateTimeWib,
  formatMonth,
  formatNumber,
  formatPercent,
  formatTimeInPersonZone,
  formatTimeWib,
  personZone,
} from './lib/format';
