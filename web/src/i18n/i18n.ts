import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from './fi.json';
import type { Lang } from '../format/format';

export const LANGUAGES: { code: Lang; name: string }[] = [
  { code: 'fi', name: 'Suomeksi' },
  { code: 'sv', name: 'På svenska' },
  { code: 'en', name: 'In English' },
];

const CHOICE = 'vt.lang';
const loaders: Record<Lang, () => Promise<{ default: unknown }>> = {
  fi: () => Promise.resolve({ default: fi }),
  sv: () => import('./sv.json'),
  en: () => import('./en.json'),
};

/** The staff pages' texts, loaded with the console so that a peer's phone never downloads them. */
const staffLoaders: Record<Lang, () => Promise<{ default: unknown }>> = {
  fi: () => import('./staff/fi.json'),
  sv: () => import('./staff/sv.json'),
  en: () => import('./staff/en.json'),
};
const staffLoaded = new Set<Lang>();
let staffWanted = false;

async function loadStaffTexts(lang: Lang): Promise<void> {
  if (staffLoaded.has(lang)) return;
  const bundle = await staffLoaders[lang]();
  i18next.addResourceBundle(lang, 'translation', bundle.default, true, true);
  staffLoaded.add(lang);
}

/** Called by the staff console before it renders: its texts in the current language (and Finnish, the fallback). */
export async function enableStaffTexts(): Promise<void> {
  staffWanted = true;
  await Promise.all([loadStaffTexts('fi'), loadStaffTexts(currentLang())]);
}

/** The person's own choice, else the browser's language if we have it, else Finnish. */
export function initialLanguage(): Lang {
  const chosen = localStorage.getItem(CHOICE);
  if (chosen === 'fi' || chosen === 'sv' || chosen === 'en') return chosen;
  for (const l of navigator.languages ?? [navigator.language]) {
    const code = l.slice(0, 2).toLowerCase();
    if (code === 'fi' || code === 'sv' || code === 'en') return code;
  }
  return 'fi';
}

export async function changeLanguage(lang: Lang): Promise<void> {
  if (!i18next.hasResourceBundle(lang, 'translation')) {
    const bundle = await loaders[lang]();
    i18next.addResourceBundle(lang, 'translation', bundle.default, true, true);
  }
  if (staffWanted) await loadStaffTexts(lang);
  localStorage.setItem(CHOICE, lang);
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { fi: { translation: fi } },
    lng: 'fi',
    fallbackLng: 'fi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const lang = initialLanguage();
  if (lang !== 'fi') await changeLanguage(lang);
  else document.documentElement.lang = 'fi';
}

export function currentLang(): Lang {
  const l = i18next.language;
  return l === 'sv' || l === 'en' ? l : 'fi';
}
