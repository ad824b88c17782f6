import type { Role } from '../../auth/roles';
import type { NavItem } from '../../app/Layout';

export type StaffRole = Exclude<Role, 'peer'>;

/** Each staff role's tabs, in the order the console shows them; the pages load with the console. */
export const STAFF_NAV: Record<StaffRole, NavItem[]> = {
  coordinator: [
    { to: '/peers', key: 'peers' }, { to: '/locations', key: 'locations' }, { to: '/plan', key: 'plan' },
    { to: '/absences', key: 'absences' }, { to: '/attendance', key: 'attendance' }, { to: '/indicators', key: 'indicators' },
    { to: '/courses', key: 'courses' },
  ],
  'payout-officer': [{ to: '/payout/months', key: 'payoutMonths' }, { to: '/payout/days', key: 'payoutDays' }, { to: '/payout/report', key: 'payoutReport' }],
  partner: [{ to: '/desk', key: 'desk', end: true }, { to: '/desk/calendar', key: 'deskCalendar' }],
  trainer: [{ to: '/teaching', key: 'teaching' }],
  admin: [{ to: '/admin', key: 'admin' }],
};

const ORDER = Object.keys(STAFF_NAV) as StaffRole[];

/** A person with several roles sees every part they hold. */
export function staffNav(roles: Role[]): NavItem[] {
  return ORDER.filter((r) => roles.includes(r)).flatMap((r) => STAFF_NAV[r]);
}

export function hasStaffRole(roles: Role[]): boolean {
  return ORDER.some((r) => roles.includes(r));
}
