package fi.vertaistyo.scheduling.peer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * scheduling-service's own copies of the participants.v2 and participant-identities.v1 events it applies besides registration
 * (docs/events/schemas/); ParticipantEventsContractTest keeps them honest.
 */
public final class ParticipantChanges {

    private ParticipantChanges() {
    }


    public record StatusChanged(
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotBlank String status,
            @NotNull LocalDate effectiveOn) {
        public static final String TYPE = "fi.vertaistyo.participant.status-changed.v1";
    }


    public record AgreementInForce(
            @NotNull UUID agreementId,
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotNull UUID programmeId,
            @NotBlank String programmeCode,
            @NotBlank String programmeKind,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Min(1) @Max(7) int daysPerWeek,
            @Min(15) @Max(720) int minutesPerDay,
            @NotNull @Valid PayTerms payTerms) {
        public static final String TYPE = "fi.vertaistyo.agreement.in-force.v1";

        /** Read for the contract's sake; pay is payout-service's business. */
        public record PayTerms(@Min(1) int rulesVersion, @Min(0) int activityMoneyCentsPerHour,
                @Min(0) int activityMoneyDailyCapCents) {
        }
    }

    public record AgreementEnded(
            @NotNull UUID agreementId,
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotNull UUID programmeId,
            @NotNull LocalDate endedOn) {
        public static final String TYPE = "fi.vertaistyo.agreement.ended.v1";
    }

    public record ProgrammeRulesScheduled(
            @NotNull UUID programmeId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotBlank String programmeCode,
            @NotBlank String kind,
            @Min(1) int version,
            @NotNull LocalDate validFrom,
            @Min(0) int activityMoneyCentsPerHour,
            @Min(0) int activityMoneyDailyCapCents,
            @Min(1) @Max(7) int minDaysPerWeek,
            @Min(1) @Max(7) int maxDaysPerWeek,
            @Min(15) @Max(720) int minutesPerDay,
            @Min(0) @Max(336) int absenceNoticeHours) {
        public static final String TYPE = "fi.vertaistyo.programme.rules-scheduled.v1";
    }

    /**
     * On participant-identities.v1 (compacted, key participant id): who the participant is now — the
     * display name (the pseudonym after erasure) and their login, null when none is linked.
     */
    public record Identity(
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotBlank @Size(max = 60) String displayName,
            @Size(min = 3, max = 1024) String accountKey) {
        public static final String TYPE = "fi.vertaistyo.participant.identity.v1";
    }

    /** The participant was erased (on request or by retention): erase what is held on them. */
    public record Erased(
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotNull LocalDate erasedOn,
            @NotNull @Pattern(regexp = "REQUEST|RETENTION") String basis,
            @NotBlank @Size(max = 60) String pseudonym) {
        public static final String TYPE = "fi.vertaistyo.participant.erased.v1";
    }
}
