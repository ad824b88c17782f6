import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatMonth } from '../../format/format';
import { StatementView } from './StatementView';
import { currentLang } from '../../i18n/i18n';
import { payouts, unwrap } from '../../api/client';
import type { StatementDetail } from '../../api/types';
import { BackTo } from '../../components/BackTo';

export default function StatementPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { month = '' } = useParams();
  const detail = useQuery({
    queryKey: ['my-statement', month],
    queryFn: async () => (await unwrap(payouts.GET('/api/payouts/my/statements/{month}', { params: { path: { month } } }))) as StatementDetail,
  });
  const s = detail.data?.statement;
  return (
    <Page title={`${t('money.statement')}: ${/^\d{4}-\d{2}$/.test(month) ? formatMonth(month, lang) : month}`}
      back={<BackTo to="/money" label={t('money.title')} />}>
      {detail.isPending ? <Loading /> : detail.error ? <ErrorNotice error={detail.error} /> : s && <StatementView detail={detail.data!} />}
    </Page>
  );
}
