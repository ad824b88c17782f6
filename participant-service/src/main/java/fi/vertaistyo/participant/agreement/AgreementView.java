package fi.vertaistyo.participant.agreement;

import java.time.LocalDate;
import java.util.UUID;

public record AgreementView(UUID id, UUID participantId, UUID programmeId, LocalDate startsOn, LocalDate endsOn,
        int daysPerWeek, int minutesPerDay, String tasks, LocalDate confidentialitySignedOn, Integer rulesVersionAccepted,
        LocalDate rulesAcceptedOn, boolean inForce, LocalDate endedOn, String endReason, UUID renews) {

    static AgreementView of(Agreement a) {
        return new AgreementView(a.id, a.participantId, a.programmeId, a.startsOn, a.endsOn, a.daysPerWeek,
                a.minutesPerDay, a.tasks, a.confidentialitySignedOn, a.rulesVersionAccepted, a.rulesAcceptedOn,
                a.inForce(), a.endedOn, a.endReason, a.renews);
    }
}
