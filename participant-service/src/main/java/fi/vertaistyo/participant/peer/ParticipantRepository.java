package fi.vertaistyo.participant.peer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query is scoped by organisation: an id alone never finds a row (ASVS 8.2.2). */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Optional<Participant> findInOrganisation(String organisation, UUID id) {
        return find("organisation = ?1 and id = ?2", organisation, id).firstResultOptional();
    }

    List<Participant> listInOrganisation(String organisation, int page, int size) {
        return find("organisation", Sort.by("displayName").and("id"), organisation)
                .page(Page.of(page, size)).list();
    }

    long countInOrganisation(String organisation) {
        return count("organisation", organisation);
    }
}
