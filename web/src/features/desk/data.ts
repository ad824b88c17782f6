import { useQuery } from '@tanstack/react-query';
import { scheduling, unwrap } from '../../api/client';
import type { DeskCounts, DeskDuty, DeskFeed, PartnerDesk } from '../../api/types';

export function useDesks() {
  return useQuery({
    queryKey: ['partner-desks'],
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/partner/desks'))) as PartnerDesk[],
  });
}

/** Who is on duty at our desks, from and to (inclusive); refreshed on the interval given (the lobby view). */
export function useDeskDuty(from: string, to: string, refreshMs?: number) {
  return useQuery({
    queryKey: ['desk-duty', from, to],
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/partner/desk-duty', { params: { query: { from, to } } }))) as DeskDuty[],
    refetchInterval: refreshMs,
    refetchIntervalInBackground: refreshMs !== undefined,
  });
}

export function useDeskFeedback(month: string) {
  return useQuery({
    queryKey: ['desk-feedback', month],
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/partner/feedback', { params: { query: { month } } }))) as DeskCounts[],
  });
}

export function useDeskFeeds() {
  return useQuery({
    queryKey: ['desk-feeds'],
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/partner/calendar-feeds'))) as DeskFeed[],
  });
}
