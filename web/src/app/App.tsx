import { useMemo } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { UserManager } from 'oidc-client-ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import type { AppConfig } from './config';
import { oidcSettings, setUserManager } from '../auth/session';
import { isOffline } from '../api/problem';
import { AppRoutes } from './AppRoutes';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failures, error) => !isOffline(error) && failures < 1,
      refetchOnWindowFocus: true,
    },
    mutations: { retry: false },
  },
});

export function App({ config }: { config: AppConfig }) {
  const userManager = useMemo(() => {
    const m = new UserManager(oidcSettings(config));
    setUserManager(m);
    return m;
  }, [config]);
  return (
    <AuthProvider userManager={userManager} onSigninCallback={() => undefined}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </AuthProvider>
  );
}
