import { useEffect, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n/i18n';
import { Loading } from '../components/Loading';
import { isSigningOut } from './session';

const RETURN_TO = 'vt.returnTo';

/** Keycloak's sign-in page in the person's language, back to where they were going (or `returnTo`). */
export function useSignIn(returnTo?: string) {
  const auth = useAuth();
  return () => {
    sessionStorage.setItem(RETURN_TO, returnTo ?? window.location.pathname + window.location.search);
    void auth.signinRedirect({ ui_locales: currentLang() });
  };
}

/**
 * Pages behind sign-in. Offline with an expired session, the person still sees what was saved
 * on this device (a sign-in page cannot load without a network anyway).
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const signIn = useSignIn();
  const offlineWithSession = !!auth.user && !navigator.onLine;
  const mustSignIn = !auth.isLoading && !auth.isAuthenticated && !auth.activeNavigator && !offlineWithSession && !isSigningOut();
  useEffect(() => {
    if (mustSignIn && !auth.error) signIn();
  }, [mustSignIn, auth.error]); // eslint-disable-line react-hooks/exhaustive-deps
  if (auth.isAuthenticated || offlineWithSession) return <>{children}</>;
  if (auth.error) return <SignInFailed />;
  return <Loading />;
}

function SignInFailed() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  return (
    <main id="main">
      <h1>{t('app.name')}</h1>
      <div className="notice alert"><p>{t('errors.offline')}</p></div>
      <button type="button" className="button" onClick={signIn}>{t('app.signInAgain')}</button>
    </main>
  );
}

/** Where Keycloak sends the browser back; react-oidc-context has exchanged the code by then. */
export function SignInCallback() {
  const auth = useAuth();
  if (auth.isLoading) return <Loading />;
  if (auth.error) return <SignInFailed />;
  const to = sessionStorage.getItem(RETURN_TO) ?? '/';
  sessionStorage.removeItem(RETURN_TO);
  return <Navigate to={to.startsWith('/auth/') ? '/' : to} replace />;
}
