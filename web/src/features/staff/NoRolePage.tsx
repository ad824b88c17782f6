import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { signOutEverywhere } from '../../app/Layout';

/** A login without any role the app knows: nothing to show, and who can help. */
export function NoRolePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('staff.title')}>
      <div className="notice warning"><p>{t('staff.noRoles')}</p></div>
      <button type="button" className="button secondary" onClick={() => void signOutEverywhere()}>{t('app.signOut')}</button>
    </Page>
  );
}
