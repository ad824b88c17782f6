import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BackTo } from '../../components/BackTo';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatMonth } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { StatementView } from '../money/StatementView';
import { useStatement } from './data';

/** One peer's statement for a month, with every entry, as the payout officer and the coordinator read it. */
export default function StatementDetailPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { month = '', participantId = '' } = useParams();
  const detail = useStatement(month, participantId);
  const monthText = /^\d{4}-\d{2}$/.test(month) ? formatMonth(month, lang) : month;
  return (
    <Page title={detail.data ? t('payout.statement.title', { name: detail.data.statement.displayName, month: monthText }) : t('money.statement')}
      back={<BackTo to={`/payout/months/${month}`} label={t('payout.monthPage.title', { month: monthText })} />}>
      {detail.isPending ? <Loading /> : detail.error ? <ErrorNotice error={detail.error} staff /> : <StatementView detail={detail.data} />}
    </Page>
  );
}
