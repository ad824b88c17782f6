package fi.vertaistyo.payout.ledger;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One version of a programme's rules (programme.rules-scheduled.v1), in force from validFrom on. */
public record ProgrammeRules(UUID programmeId, int version, String organisation, String programmeCode, String kind,
        LocalDate validFrom, ActivityMoney money) {

    /** The version in force on a day: the latest validFrom not after it, the higher version on a tie. */
    static Optional<ProgrammeRules> inForce(List<ProgrammeRules> versions, LocalDate day) {
        return versions.stream().filter(r -> !r.validFrom().isAfter(day))
                .max(Comparator.comparing(ProgrammeRules::validFrom).thenComparingInt(ProgrammeRules::version));
    }
}
