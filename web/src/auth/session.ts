import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import type { AppConfig } from '../app/config';
import { forgetEverythingSaved } from '../offline/saved';

/**
 * OIDC authorization code + PKCE against Keycloak's public client. Tokens live in sessionStorage
 * (gone when the browser closes: phones are sometimes shared); Keycloak's own session cookie signs
 * the person in again without a password while it lasts. Renewal uses the refresh token.
 */
export function oidcSettings(config: AppConfig): UserManagerSettings {
  const origin = window.location.origin;
  return {
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/signed-out`,
    response_type: 'code',
    scope: 'openid',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

let manager: UserManager | undefined;
let signingOut = false;

/** True from the moment sign-out starts: nothing may start a new sign-in meanwhile. */
export function isSigningOut() {
  return signingOut;
}

export function setUserManager(m: UserManager) {
  manager = m;
}

/** The current access token for API calls; undefined when signed out. */
export async function accessToken(): Promise<string | undefined> {
  const user = await manager?.getUser();
  return user && !user.expired ? user.access_token : undefined;
}

/** Signs out everywhere: local data first, then the Keycloak session. */
export async function signOut(): Promise<void> {
  signingOut = true;
  await forgetEverythingSaved();
  if (!manager) return;
  const user = await manager.getUser();
  await manager.removeUser();
  await manager.signoutRedirect({ id_token_hint: user?.id_token });
}
