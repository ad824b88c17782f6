import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../components/LanguageSelect';
import { signOut } from '../auth/session';
import { queryClient } from './App';

const ICONS: Record<string, string> = {
  home: 'M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z',
  shifts: 'M7 2v3M17 2v3M3 8h18M5 4h14a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
  money: 'M3 6h18v12H3zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  training: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5',
  me: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  plan: 'M7 2v3M17 2v3M3 8h18M5 4h14a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zM8 12h3M13 12h3M8 16h3',
  absences: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM5.6 5.6l12.8 12.8',
  attendance: 'M9 11l3 3 8-8M20 12v7a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h9',
  locations: 'M12 21s-7-6.2-7-12a7 7 0 0 1 14 0c0 5.8-7 12-7 12zM12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  indicators: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  payoutMonths: 'M3 6h18v12H3zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  payoutDays: 'M7 2v3M17 2v3M3 8h18M5 4h14a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zM12 11v6M10 13h3a1 1 0 0 1 0 2h-2a1 1 0 0 0 0 2h3',
  payoutReport: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  desk: 'M3 10h18M5 10v10M19 10v10M3 20h18M8 6a4 4 0 0 1 8 0v4H8z',
  deskCalendar: 'M7 2v3M17 2v3M3 8h18M5 4h14a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
  teaching: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5',
  courses: 'M4 19V5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2zM20 19v2H6',
  admin: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z',
  peers: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21c0-4 3-6 7-6s7 2 7 6M16 3.5a4 4 0 0 1 0 7.5M18 15c2.5.7 4 2.6 4 6',
};

export interface NavItem {
  to: string;
  key: string;
  end?: boolean;
}

export async function signOutEverywhere() {
  queryClient.clear();
  await signOut();
}

export const PEER_NAV: NavItem[] = [
  { to: '/', key: 'home', end: true },
  { to: '/shifts', key: 'shifts' },
  { to: '/money', key: 'money' },
  { to: '/training', key: 'training' },
  { to: '/me', key: 'me' },
];

export function Layout({ children, nav, wide, publicPage }: {
  children: ReactNode; nav?: NavItem[]; wide?: boolean; publicPage?: boolean;
}) {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <>
      <a className="skip" href="#main">{t('app.skipToContent')}</a>
      <header className="top">
        <Link className="brand" to="/">{t('app.name')}</Link>
        <LanguageSelect />
        {!publicPage && auth.user && (
          <button type="button" className="button secondary" onClick={() => void signOutEverywhere()}>
            {t('app.signOut')}
          </button>
        )}
      </header>
      {nav && (
        <nav className={wide ? 'tabs wide' : 'tabs'} aria-label={t('app.mainNav')}>
          <ul>
            {nav.map((item) => (
              <li key={item.key}>
                <NavLink to={item.to} end={item.end}>
                  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round"
                    strokeLinejoin="round" aria-hidden="true" focusable="false"><path d={ICONS[item.key]} /></svg>
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1} className={wide ? 'wide' : undefined}>{children}</main>
    </>
  );
}
