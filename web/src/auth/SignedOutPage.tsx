import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { useSignIn } from './RequireSignIn';

export function SignedOutPage() {
  const { t } = useTranslation();
  const signIn = useSignIn('/');
  return (
    <Page title={t('app.signedOutTitle')}>
      <p>{t('app.signedOutText')}</p>
      <button type="button" className="button" onClick={signIn}>
        {t('app.signInAgain')}
      </button>
    </Page>
  );
}
