package fi.vertaistyo.scheduling.location;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocationView(UUID id, Location.Kind kind, UUID programmeId, String name, String address,
        String openingHours, Agency agency, DeskAgreement deskAgreement) {

    public record Agency(String code, String name, Location.AgencyKind kind) {
    }

    public record DeskAgreement(Set<DayOfWeek> weekdays, LocalTime starts, LocalTime ends, int guides,
            String requiredQualification) {
    }

    static LocationView of(Location l) {
        return new LocationView(l.id, l.kind, l.programmeId, l.name, l.address, l.openingHours,
                l.isPartnerDesk() ? new Agency(l.agencyCode, l.agencyName, l.agencyKind) : null,
                l.isPartnerDesk() ? new DeskAgreement(l.dutyWeekdays(), l.dutyStarts, l.dutyEnds, l.guidesPerDuty,
                        l.requiredQualification) : null);
    }
}
