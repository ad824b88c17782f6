import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import type { Role } from '../../auth/roles';
import { signOutEverywhere } from '../../app/Layout';

/** Staff roles get their pages in later parts; until then they are told so, in plain words. */
export function StaffComingPage({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  return (
    <Page title={t('staff.title')}>
      {roles.length ? (
        <>
          <p>{t('staff.yourRoles', { roles: roles.map((r) => t(`staff.role.${r}`)).join(', ') })}</p>
          <div className="notice"><p>{t('staff.coming')}</p></div>
          <p>{t('staff.meanwhile')}</p>
        </>
      ) : <div className="notice warning"><p>{t('staff.noRoles')}</p></div>}
      <button type="button" className="button secondary" onClick={() => void signOutEverywhere()}>{t('app.signOut')}</button>
    </Page>
  );
}
