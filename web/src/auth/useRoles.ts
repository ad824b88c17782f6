import { useAuth } from 'react-oidc-context';
import { rolesOf, type Role } from './roles';

export function useRoles(): Role[] {
  return rolesOf(useAuth().user?.access_token);
}

/** Whose saved data this is: the token's subject. */
export function useOwner(): string {
  return useAuth().user?.profile.sub ?? 'nobody';
}
