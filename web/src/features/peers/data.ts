import { useQuery } from '@tanstack/react-query';
import { participants, unwrap } from '../../api/client';
import type { Agreement, EndingAgreement, MissingAgreement, Participant, ParticipantPage, ParticipantStatus, Programme } from '../../api/types';

/** The coordinator's reads of participant-service. Nothing here is saved for offline use: staff data stays online. */
export const peerKeys = {
  all: ['peers'] as const,
  search: (q: string, status: ParticipantStatus | '', page: number) => ['peers', 'search', q, status, page] as const,
  one: (id: string) => ['peers', 'one', id] as const,
  agreements: (id: string) => ['peers', 'agreements', id] as const,
  ending: ['peers', 'ending'] as const,
  missing: ['peers', 'missing'] as const,
  programmes: ['programmes'] as const,
};

export const PAGE_SIZE = 25;

export function usePeerSearch(q: string, status: ParticipantStatus | '', page: number) {
  return useQuery({
    queryKey: peerKeys.search(q, status, page),
    queryFn: async () => (await unwrap(participants.GET('/api/participants', {
      params: { query: { q: q || undefined, status: status || undefined, page, size: PAGE_SIZE } },
    }))) as ParticipantPage,
    placeholderData: (previous) => previous,
  });
}

export function usePeer(id: string) {
  return useQuery({
    queryKey: peerKeys.one(id),
    queryFn: async () => (await unwrap(participants.GET('/api/participants/{id}', { params: { path: { id } } }))) as Participant,
  });
}

export function useAgreements(id: string) {
  return useQuery({
    queryKey: peerKeys.agreements(id),
    queryFn: async () => (await unwrap(participants.GET('/api/participants/{id}/agreements', { params: { path: { id } } }))) as Agreement[],
  });
}

export function useEndingAgreements() {
  return useQuery({
    queryKey: peerKeys.ending,
    queryFn: async () => (await unwrap(participants.GET('/api/participants/agreements/ending', {
      params: { query: { withinDays: 30 } },
    }))) as EndingAgreement[],
  });
}

/** Current participants with no agreement in force today. */
export function useMissingAgreements() {
  return useQuery({
    queryKey: peerKeys.missing,
    queryFn: async () => (await unwrap(participants.GET('/api/participants/agreements/missing'))) as MissingAgreement[],
  });
}

export function useProgrammes() {
  return useQuery({
    queryKey: peerKeys.programmes,
    queryFn: async () => (await unwrap(participants.GET('/api/participants/programmes'))) as Programme[],
    staleTime: 5 * 60_000,
  });
}

/** Where an agreement stands, in the order a coordinator works through it. */
export type AgreementState = 'ended' | 'inForce' | 'waitingForSignatures';

export function agreementState(a: Agreement): AgreementState {
  if (a.endedOn) return 'ended';
  return a.inForce ? 'inForce' : 'waitingForSignatures';
}
