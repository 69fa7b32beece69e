import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { id } from './locales/id';

export const LANGUAGES = ['id', 'en'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'jangkau.language';

export const i18n = i18next.createInstance();

function storedLanguage(): AppLanguage {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Bahasa Indonesia first; English when the user chose it (remembered on this device). */
export function initI18n(language: AppLanguage = storedLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { id: { translation: id }, en: { translation: en } },
      lng: language,
      fallbackLng: 'id',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  syncDocumentLanguage();
  return i18n;
}

export function currentLanguage(): AppLanguage {
  return i18n.language === 'en' ? 'en' : 'id';
}

export async function setLanguage(language: AppLanguage) {
  await i18n.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing: the choice lasts for this visit only.
  }
  syncDocumentLanguage();
}

function syncDocumentLanguage() {
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();
}
