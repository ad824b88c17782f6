package fi.vertaistyo.scheduling.deskduty;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.scheduling.calendar.ICalendar;
import fi.vertaistyo.scheduling.qualification.Qualifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The desk-duty schedule of one partner agency's desks, from published plans only. */
@ApplicationScoped
public class DeskDutySchedule {

    private final EntityManager em;
    private final Qualifications qualifications;

    DeskDutySchedule(EntityManager em, Qualifications qualifications) {
        this.em = em;
        this.qualifications = qualifications;
    }

    /**
     * Duties on the agency's desks in the range. A duty that was visible and then ended (absence,
     * removal, swap, cancelled shift) stays in the answer as CANCELLED; one removed while the plan
     * was a draft was never visible and is left out.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<DeskDuty> forAgency(String organisation, String agency, LocalDate from, LocalDate to, UUID deskId) {
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, l.id as desk, l.name, s.work_date, s.starts_at, s.ends_at, p.display_name,
                       s.cancelled or a.state <> 'ASSIGNED', s.changed_after_publish,
                       a.participant_id, l.required_qualification
                from location l
                join shift s on s.location_id = l.id and s.work_date between :from and :to
                join shift_plan sp on sp.id = s.plan_id and sp.status = 'PUBLISHED'
                join shift_assignment a on a.shift_id = s.id and (a.state = 'ASSIGNED' or a.changed_after_publish)
                join known_peer p on p.participant_id = a.participant_id
                where l.organisation = :org and l.agency_code = :agency
                  and (cast(:desk as uuid) is null or l.id = cast(:desk as uuid))
                order by s.work_date, s.starts_at, l.name, p.display_name, a.id""")
                .setParameter("org", organisation).setParameter("agency", agency)
                .setParameter("from", from).setParameter("to", to).setParameter("desk", deskId == null ? null : deskId.toString())
                .getResultList();
        // One read of the guides' diplomas instead of a subquery per duty (the partner query's benchmark).
        Qualifications.Held held = qualifications.heldBy(rows.stream().map(r -> (UUID) r[9]).distinct().toList());
        return rows.stream().map(r -> {
            LocalDate day = date(r[3]);
            boolean qualified = r[10] == null || held.holds((UUID) r[9], (String) r[10], day);
            return new DeskDuty((UUID) r[0], (UUID) r[1], (String) r[2], day,
                    DeskDutyPublisher.HH_MM.format(time(r[4])), DeskDutyPublisher.HH_MM.format(time(r[5])), (String) r[6],
                    DeskDuty.Status.of((Boolean) r[7], qualified, (Boolean) r[8]));
        }).toList();
    }

    /** The agency's desks in the organisation, by name. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<PartnerDesk> desks(String organisation, String agency) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, address, opening_hours from location
                where organisation = :org and agency_code = :agency order by name, id""")
                .setParameter("org", organisation).setParameter("agency", agency).getResultList();
        return rows.stream().map(r -> new PartnerDesk((UUID) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** Whether the desk is one of the agency's. */
    @Transactional
    public boolean isAgencyDesk(String organisation, String agency, UUID deskId) {
        return !em.createNativeQuery("select 1 from location where id = :id and organisation = :org and agency_code = :agency")
                .setParameter("id", deskId).setParameter("org", organisation).setParameter("agency", agency)
                .getResultList().isEmpty();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static LocalTime time(Object value) {
        return value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
    }

    /** Duties as an iCalendar feed: what the partner API answers, nothing more. */
    public static String calendar(List<DeskDuty> duties, Instant stamp) {
        List<ICalendar.Event> events = duties.stream().map(d -> new ICalendar.Event(d.dutyId().toString(),
                d.date().atTime(LocalTime.parse(d.start())).atZone(Helsinki.ZONE).toInstant(),
                d.date().atTime(LocalTime.parse(d.end())).atZone(Helsinki.ZONE).toInstant(),
                d.status() == DeskDuty.Status.REPLACEMENT_PENDING ? "Desk duty: a replacement is being found"
                        : "Desk duty: " + d.displayName(), d.location(),
                d.status() == DeskDuty.Status.CANCELLED ? ICalendar.Status.CANCELLED
                        : d.status() == DeskDuty.Status.REPLACEMENT_PENDING ? ICalendar.Status.TENTATIVE
                        : ICalendar.Status.CONFIRMED,
                d.status() == DeskDuty.Status.SCHEDULED ? 0 : 1)).toList();
        return ICalendar.write("Desk duty", events, stamp);
    }
}
