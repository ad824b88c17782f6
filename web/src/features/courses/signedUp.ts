import type { TFunction } from 'i18next';
import type { Gathering } from '../../api/types';

/** "3 of 10 signed up", or "3 signed up" for a day without a limit. */
export function signedUpText(g: Gathering, t: TFunction): string {
  return g.capacity ? t('courses.signedUpOf', { count: g.signedUp, capacity: g.capacity }) : t('courses.signedUp', { count: g.signedUp });
}
