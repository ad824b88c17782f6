import { useTranslation } from 'react-i18next';
import { formatHours } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import type { Plan } from '../../api/types';
import { countersOf } from './data';

/** Per peer, what this plan gives them in the month: the coordinator's balance at a glance. */
export function PeerCounters({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const rows = countersOf(plan.shifts);
  if (rows.length === 0) return null;
  const lang = currentLang();
  return (
    <table>
      <caption>{t('plan.countersCaption')}</caption>
      <thead><tr><th scope="col">{t('peers.displayName')}</th><th scope="col" className="num">{t('plan.days')}</th>
        <th scope="col" className="num">{t('plan.hours')}</th><th scope="col">{t('plan.needsAttention')}</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.name}</td><td className="num">{r.days}</td><td className="num">{formatHours(r.minutes, lang)}</td>
            <td>{r.problems > 0 ? <span className="tag alert">{t('plan.problems', { count: r.problems })}</span> : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
