import { useQuery } from '@tanstack/react-query';
import { payouts, scheduling, unwrap } from '../api/client';
import type { MyPayment, MyShift, OpenShift, Statement } from '../api/types';
import { addDays, addMonths, hasEnded, lastDayOf, monthOf, today } from '../format/format';
import { useSnapshot } from './useSnapshot';

/** The window of shifts the app reads at once: two months back, three ahead (the API allows a year). */
export function shiftWindow(now = new Date()) {
  const month = monthOf(today(now));
  return { from: `${addMonths(month, -2)}-01`, to: lastDayOf(addMonths(month, 3)) };
}

export function useMyShifts() {
  return useSnapshot<MyShift[]>('my-shifts', async () => {
    const { from, to } = shiftWindow();
    return (await unwrap(scheduling.GET('/api/scheduling/my/shifts', { params: { query: { from, to } } }))) as MyShift[];
  }, (shifts) => shifts.filter(isUpcoming));
}

export function useMyPayments() {
  return useSnapshot<MyPayment[]>('my-payments', async () =>
    (await unwrap(payouts.GET('/api/payouts/my/payments'))) as MyPayment[],
  (payments) => payments.filter(isComingPayout));
}

export function useMyStatements() {
  return useQuery({
    queryKey: ['my-statements'],
    queryFn: async () => (await unwrap(payouts.GET('/api/payouts/my/statements'))) as Statement[],
  });
}

export function useOpenShifts() {
  return useQuery({
    queryKey: ['open-shifts'],
    queryFn: async () => {
      const from = today();
      const to = addDays(from, 61);
      return (await unwrap(scheduling.GET('/api/scheduling/my/open-shifts', { params: { query: { from, to } } }))) as OpenShift[];
    },
  });
}

/** Money due to the person on a payout day still to come. */
export function isComingPayout(p: MyPayment) {
  return p.status === 'DUE' && p.paidOn >= today();
}

/** The next payout day with money due to the person, if one is set. */
export function nextPayout(payments: MyPayment[] | undefined): MyPayment | undefined {
  return payments?.filter(isComingPayout).sort((a, b) => a.paidOn.localeCompare(b.paidOn))[0];
}

/** What was handed over (the amount due when the line does not say). */
export function paidAmount(p: MyPayment) {
  return p.paidCents ?? p.dueCents;
}

export function isUpcoming(s: MyShift) {
  return !hasEnded(s.date, s.end);
}

/** A shift the person is still on and that still happens. */
export function isOn(s: MyShift) {
  return s.state === 'ASSIGNED' && !s.cancelled;
}

export function needsFeedback(s: MyShift) {
  return isOn(s) && hasEnded(s.date, s.end) && !s.feedbackGiven && s.date >= addDays(today(), -14);
}
