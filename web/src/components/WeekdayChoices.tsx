import { useTranslation } from 'react-i18next';
import type { DayOfWeek } from '../api/types';

const WEEKDAYS: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** Checkboxes for the days of the week, Monday first, as the services name them. */
export function WeekdayChoices({ id, value, onChange }: { id?: string; value: DayOfWeek[]; onChange: (days: DayOfWeek[]) => void }) {
  const { t } = useTranslation();
  return (
    <div className="weekday-choices" id={id} tabIndex={id ? -1 : undefined}>
      {WEEKDAYS.map((d) => (
        <label key={d} className="choice">
          <input type="checkbox" checked={value.includes(d)}
            onChange={(e) => onChange(e.target.checked ? [...value, d] : value.filter((x) => x !== d))} />
          {t(`weekday.${d}`)}
        </label>
      ))}
    </div>
  );
}
