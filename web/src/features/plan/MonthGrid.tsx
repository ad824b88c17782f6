import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatTime, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import type { Plan, PlanShift } from '../../api/types';

/**
 * The month as a table: a row per day with shifts, a button per shift with who is on it and the
 * places still open. A table with header cells and buttons is what screen readers announce well and
 * what the keyboard already operates (Tab to a shift, Enter to open it), so no ARIA grid is needed.
 */
export function MonthGrid({ plan, selected, onSelect }: { plan: Plan; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const days = new Map<string, PlanShift[]>();
  for (const s of plan.shifts) days.set(s.date, [...(days.get(s.date) ?? []), s]);
  const now = today();
  return (
    <table className="plan-grid">
      <caption>{t('plan.gridCaption', { location: plan.locationName })}</caption>
      <thead><tr><th scope="col">{t('plan.day')}</th><th scope="col">{t('plan.shifts')}</th></tr></thead>
      <tbody>
        {[...days.entries()].map(([day, shifts]) => (
          <tr key={day} className={day === now ? 'today' : day < now ? 'past' : undefined}>
            <th scope="row" className="day">{formatDay(day, lang)}</th>
            <td>
              <div className="shift-cells">
                {shifts.map((s) => <ShiftCell key={s.id} shift={s} lang={lang} pressed={s.id === selected} onSelect={onSelect} />)}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ShiftCell = memo(function ShiftCell({ shift: s, lang, pressed, onSelect }: {
  shift: PlanShift; lang: ReturnType<typeof currentLang>; pressed: boolean; onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const on = s.assignees.filter((a) => a.state === 'ASSIGNED');
  const problems = on.filter((a) => a.problem).length;
  const tone = s.cancelled ? 'cancelled' : problems ? 'problem' : s.open > 0 ? 'open' : 'full';
  return (
    <button type="button" className={`shift-cell ${tone}`} aria-pressed={pressed} onClick={() => onSelect(s.id)}>
      <span className="when">{formatTime(s.start, lang)}–{formatTime(s.end, lang)}</span>
      {s.cancelled ? <span>{t('plan.cancelled')}</span> : (
        <>
          <span className="names">{on.map((a) => a.displayName).join(', ') || t('plan.nobodyYet')}</span>
          <span className="status">
            {problems > 0 ? t('plan.problems', { count: problems })
              : s.open > 0 ? t('plan.open', { count: s.open }) : t('plan.full')}
          </span>
        </>
      )}
    </button>
  );
});
