package fi.vertaistyo.scheduling.location;

import fi.vertaistyo.kit.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

public final class LocationRequests {

    private LocationRequests() {
    }

    /** A location; a partner desk also names its agency and the desk-duty agreement. */
    public record SaveLocation(
            @NotNull Location.Kind kind,
            @NotNull UUID programmeId,
            @NotBlank @SingleLine @Size(max = 120) String name,
            @NotBlank @Size(max = 200) String address,
            @Size(max = 200) String openingHours,
            @Valid PartnerAgency agency,
            @Valid DeskDutyAgreement deskAgreement) {
    }

    public record PartnerAgency(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "lower-case letters, digits and dashes") String code,
            @NotBlank @SingleLine @Size(max = 120) String name,
            @NotNull Location.AgencyKind kind) {
    }

    /** Which weekdays and hours the agency wants guides at the desk, how many, with which qualification. */
    public record DeskDutyAgreement(
            @NotEmpty Set<@NotNull DayOfWeek> weekdays,
            @NotNull LocalTime starts,
            @NotNull LocalTime ends,
            @Min(1) @Max(10) int guides,
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "lower-case letters, digits and dashes") String requiredQualification) {
    }
}
