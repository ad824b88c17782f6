package fi.vertaistyo.scheduling.peer;

import java.util.UUID;

/**
 * Fired in the transaction that applies participant.erased.v1, after the projection holds the pseudonym:
 * each feature erases the free texts it keeps on the person (a synchronous observer, same transaction).
 */
public record ParticipantErased(String organisation, UUID participantId, String pseudonym) {
}
