package fi.vertaistyo.participant.privacy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The recorded reason of an erasure: the day the person's request was received (Europe/Helsinki). */
public record ErasureRequest(@NotNull @PastOrPresent LocalDate requestReceivedOn) {
}
