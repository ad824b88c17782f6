package fi.vertaistyo.participant.peer;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query is scoped by organisation: an id alone never finds a row (ASVS 8.2.2). */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Optional<Participant> findInOrganisation(String organisation, UUID id) {
        return find("organisation = ?1 and id = ?2", organisation, id).firstResultOptional();
    }

    Optional<Participant> findByAccount(String organisation, String accountSubject) {
        return find("organisation = ?1 and accountSubject = ?2", organisation, accountSubject).firstResultOptional();
    }

    /** Search by display or legal name (case-insensitive substring) and status, a page at a time. */
    PanacheQuery<Participant> search(String organisation, String text, ParticipantStatus status) {
        StringBuilder where = new StringBuilder("organisation = :org");
        Parameters params = Parameters.with("org", organisation);
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(displayName) like :text escape '\\' or lower(legalName) like :text escape '\\')");
            params.and("text", "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return find(where.toString(), Sort.by("displayName").and("id"), params)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
    }

    List<Participant> alumniToPseudonymise(String organisation, LocalDate alumniBefore, int limit) {
        String where = "status = ?1 and alumniSince < ?2 and pseudonymisedAt is null";
        return (organisation == null
                ? find(where, ParticipantStatus.ALUMNI, alumniBefore)
                : find(where + " and organisation = ?3", ParticipantStatus.ALUMNI, alumniBefore, organisation))
                .page(Page.ofSize(limit)).list();
    }
}
