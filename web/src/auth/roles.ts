/** The realm roles the services know. The browser uses them only to choose pages; the services decide. */
export const ROLES = ['peer', 'coordinator', 'trainer', 'payout-officer', 'partner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Realm roles from a Keycloak access token (its payload is read, not verified: the services verify it). */
export function rolesOf(accessToken: string | undefined): Role[] {
  if (!accessToken) return [];
  const payload = accessToken.split('.')[1];
  if (!payload) return [];
  try {
    const json = JSON.parse(decodeBase64Url(payload)) as { realm_access?: { roles?: unknown } };
    const roles = json.realm_access?.roles;
    return Array.isArray(roles) ? ROLES.filter((r) => roles.includes(r)) : [];
  } catch {
    return [];
  }
}

function decodeBase64Url(value: string): string {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
