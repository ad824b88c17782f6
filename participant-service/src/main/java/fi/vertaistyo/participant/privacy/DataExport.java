package fi.vertaistyo.participant.privacy;

import fi.vertaistyo.participant.peer.StatusChange;
import fi.vertaistyo.participant.agreement.AgreementView;
import fi.vertaistyo.participant.audit.AuditEntryView;
import fi.vertaistyo.participant.consent.Consent;
import fi.vertaistyo.participant.pathway.Pathway;
import fi.vertaistyo.participant.peer.ParticipantView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything participant-service holds on one peer (GDPR art. 15 and 20), including who has read it. */
public record DataExport(Instant exportedAt, ParticipantView participant, List<Enrolment> enrolments,
        List<StatusChange.View> statusHistory, List<AgreementView> agreements, List<Consent.View> consents,
        List<Pathway.View> pathways, List<AuditEntryView> accessLog) {

    public record Enrolment(UUID programmeId, String programmeName, LocalDate enrolledOn) {
    }
}
