import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { MonthBar } from '../../components/MonthBar';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { monthOf, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { components } from '../../api/generated/scheduling';

type Indicators = Required<components['schemas']['LocationIndicators']>;
type HelpKind = components['schemas']['HelpKind'];
const KINDS: HelpKind[] = ['KELA_BENEFITS', 'HOUSING', 'SUBSTANCE_SERVICES', 'DIGITAL_SERVICES', 'ACCOMPANYING_TO_APPOINTMENT', 'JUST_TALKING', 'OTHER'];

/**
 * What the peers' feedback forms add up to, per location and month: a bar chart for the eye and,
 * beside it, the same figures as a table (the accessible alternative; the chart is hidden from screen readers).
 */
export default function IndicatorsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [month, setMonth] = useState(monthOf(today()));
  const indicators = useQuery({
    queryKey: ['indicators', month],
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/feedback/indicators', { params: { query: { month } } }))) as Indicators[],
  });
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { maximumFractionDigits: 1 });
  return (
    <Page title={t('indicators.title')}>
      <p>{t('indicators.intro')}</p>
      <MonthBar month={month} onChange={setMonth} narrow />
      {indicators.isPending ? <Loading /> : indicators.error ? <ErrorNotice error={indicators.error} staff />
        : indicators.data.length === 0 ? <p className="muted">{t('indicators.none')}</p>
          : indicators.data.map((l) => {
            const max = Math.max(1, ...KINDS.map((k) => l.helpKinds[k] ?? 0));
            const id = `indicators-${l.locationId}`;
            return (
              <section key={l.locationId} className="card" aria-labelledby={id}>
                <h2 id={id}>{l.location}</h2>
                <dl className="figures">
                  <div><dt>{t('indicators.answers')}</dt><dd>{l.answers}</dd></div>
                  <div><dt>{t('indicators.peopleHelped')}</dt><dd>{l.peopleHelped}</dd></div>
                  <div><dt>{t('indicators.rating')}</dt><dd>{l.answers ? number.format(l.averageRating) : '–'}</dd></div>
                </dl>
                <div className="chart-and-table">
                  <div className="bars" aria-hidden="true">
                    {KINDS.map((k) => (
                      <div key={k} className="bar-row">
                        <span className="bar-label">{t(`feedback.kind.${k}`)}</span>
                        <span className="bar" style={{ width: `${((l.helpKinds[k] ?? 0) / max) * 100}%` }} />
                        <span className="bar-value">{l.helpKinds[k] ?? 0}</span>
                      </div>
                    ))}
                  </div>
                  <table>
                    <caption>{t('indicators.helpCaption', { location: l.location })}</caption>
                    <thead><tr><th scope="col">{t('indicators.kind')}</th><th scope="col" className="num">{t('indicators.times')}</th></tr></thead>
                    <tbody>
                      {KINDS.map((k) => (
                        <tr key={k}><th scope="row">{t(`feedback.kind.${k}`)}</th><td className="num">{l.helpKinds[k] ?? 0}</td></tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            );
          })}
    </Page>
  );
}
