package fi.vertaistyo.scheduling.qualification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A peer gained or lost a qualification from a day on (a diploma awarded or revoked): fired in the
 * transaction that applies the event, so what depends on it (desk duties told to partners) follows.
 */
public record QualificationChanged(UUID participantId, String organisation, String qualificationCode, LocalDate from) {
}
