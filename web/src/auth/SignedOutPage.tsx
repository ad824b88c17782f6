import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetEverythingSaved } from '../offline/saved';
import { Page } from '../components/Page';
import { useSignIn } from './RequireSignIn';

export function SignedOutPage() {
  const { t } = useTranslation();
  const signIn = useSignIn('/');
  // Also when the session ended elsewhere (another tab, Keycloak's own sign-out): nothing personal stays.
  useEffect(() => {
    void forgetEverythingSaved();
  }, []);
  return (
    <Page title={t('app.signedOutTitle')}>
      <p>{t('app.signedOutText')}</p>
      <button type="button" className="button" onClick={signIn}>
        {t('app.signInAgain')}
      </button>
    </Page>
  );
}
