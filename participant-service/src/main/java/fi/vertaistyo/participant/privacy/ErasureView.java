package fi.vertaistyo.participant.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an erasure did, and what is kept by law and why (stable codes, so a client can say it in words). */
public record ErasureView(UUID participantId, String pseudonym, LocalDate requestReceivedOn, Instant erasedAt,
        List<Kept> kept) {

    public enum Kept {
        /** payout-service: every ledger entry's amount and date, under the pseudonym (bookkeeping act, 6 years). */
        PAYOUT_LEDGER,
        /** participant-service: who read or changed the record and when, by ids only. */
        AUDIT_LOG,
        /** training-service: results and diplomas under the pseudonym, so the funder's counts stay true. */
        TRAINING_COUNTS,
        /** every service: statuses, dates and outcome statistics under the pseudonym for the funder reports. */
        PROGRAMME_STATISTICS
    }

    static ErasureView of(UUID participantId, String pseudonym, LocalDate requestReceivedOn, Instant erasedAt) {
        return new ErasureView(participantId, pseudonym, requestReceivedOn, erasedAt, List.of(Kept.values()));
    }
}
