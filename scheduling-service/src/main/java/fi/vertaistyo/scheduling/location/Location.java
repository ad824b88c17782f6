package fi.vertaistyo.scheduling.location;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where peers work: the programme's own place (e.g. the Lift lobby at a dispensing point) or a
 * partner desk with the desk-duty agreement made with the partner agency.
 */
@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {

    public enum Kind {
        PROGRAMME_SITE, PARTNER_DESK
    }

    public enum AgencyKind {
        KELA, SOCIAL_HEALTH, NGO
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String address;

    @Column(name = "opening_hours")
    public String openingHours;

    /** The partner agency whose staff read this desk's schedule (their tokens' {@code agency} claim). */
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_kind")
    public AgencyKind agencyKind;

    @Column(name = "duty_weekdays")
    String dutyWeekdays;

    @Column(name = "duty_starts")
    public LocalTime dutyStarts;

    @Column(name = "duty_ends")
    public LocalTime dutyEnds;

    @Column(name = "guides_per_duty")
    public Integer guidesPerDuty;

    /** A desk that requires a qualification (e.g. the Fattaluuta diploma) is staffed by holders only. */
    @Column(name = "required_qualification")
    public String requiredQualification;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    long version;

    protected Location() {
    }

    /** A new location of the organisation; the request has been checked by {@link Locations}. */
    static Location of(String organisation, LocationRequests.SaveLocation request, Instant now) {
        Location l = new Location();
        l.id = UUID.randomUUID();
        l.organisation = organisation;
        l.kind = request.kind();
        l.createdAt = now;
        l.apply(request);
        return l;
    }

    /** Takes the request's values; only a partner desk has an agency and a desk-duty agreement. */
    void apply(LocationRequests.SaveLocation request) {
        boolean desk = kind == Kind.PARTNER_DESK;
        programmeId = request.programmeId();
        name = request.name().strip();
        address = request.address().strip();
        openingHours = request.openingHours();
        agencyCode = desk ? request.agency().code() : null;
        agencyName = desk ? request.agency().name().strip() : null;
        agencyKind = desk ? request.agency().kind() : null;
        dutyWeekdays(desk ? request.deskAgreement().weekdays() : null);
        dutyStarts = desk ? request.deskAgreement().starts() : null;
        dutyEnds = desk ? request.deskAgreement().ends() : null;
        guidesPerDuty = desk ? request.deskAgreement().guides() : null;
        requiredQualification = desk ? request.deskAgreement().requiredQualification() : null;
    }

    public boolean isPartnerDesk() {
        return kind == Kind.PARTNER_DESK;
    }

    public Set<DayOfWeek> dutyWeekdays() {
        if (dutyWeekdays == null || dutyWeekdays.isEmpty()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(dutyWeekdays.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    void dutyWeekdays(Set<DayOfWeek> days) {
        dutyWeekdays = days == null ? null
                : EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }
}
