import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { payouts, unwrap } from '../../api/client';
import type { FunderRow, LedgerMonth, PayoutDay, PayoutDaySummary, Statement, StatementDetail } from '../../api/types';

export function useLedgerMonths() {
  return useQuery({
    queryKey: ['ledger-months'],
    queryFn: async () => ((await unwrap(payouts.GET('/api/payouts/months'))) as LedgerMonth[])
      .slice().sort((a, b) => b.month.localeCompare(a.month)),
  });
}

export function useStatements(month: string) {
  return useQuery({
    queryKey: ['statements', month],
    queryFn: async () => (await unwrap(payouts.GET('/api/payouts/statements', { params: { query: { month } } }))) as Statement[],
  });
}

export function useStatement(month: string, participantId: string) {
  return useQuery({
    queryKey: ['statement', month, participantId],
    queryFn: async () => (await unwrap(payouts.GET('/api/payouts/statements/{month}/{participantId}',
      { params: { path: { month, participantId } } }))) as StatementDetail,
  });
}

export function useCloseMonth(month: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(payouts.POST('/api/payouts/months/{month}/close', { params: { path: { month } } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['ledger-months'] });
      void queries.invalidateQueries({ queryKey: ['statements', month] });
    },
  });
}

export function usePayoutDays() {
  return useQuery({
    queryKey: ['payout-days'],
    queryFn: async () => ((await unwrap(payouts.GET('/api/payouts/payout-days'))) as PayoutDaySummary[])
      .slice().sort((a, b) => b.paidOn.localeCompare(a.paidOn) || a.locationName.localeCompare(b.locationName)),
  });
}

export function usePayoutDay(id: string) {
  return useQuery({
    queryKey: ['payout-day', id],
    queryFn: async () => (await unwrap(payouts.GET('/api/payouts/payout-days/{id}', { params: { path: { id } } }))) as PayoutDay,
  });
}

/** The answer to a payment or a close is the whole day again: it replaces what the page shows. */
export function usePayoutDayChange<A>(id: string, call: (arg: A) => Promise<unknown>) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (arg: A) => (await call(arg)) as PayoutDay,
    onSuccess: (day) => {
      queries.setQueryData(['payout-day', id], day);
      void queries.invalidateQueries({ queryKey: ['payout-days'] });
    },
  });
}

export function useFunderReport(month: string) {
  return useQuery({
    queryKey: ['funder-report', month],
    queryFn: async () => (await unwrap(payouts.GET('/api/payouts/reports/monthly', { params: { query: { month } } }))) as FunderRow[],
  });
}
