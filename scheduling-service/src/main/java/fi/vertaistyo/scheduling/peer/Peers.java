package fi.vertaistyo.scheduling.peer;

import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the rest of scheduling asks about peers and programmes; answers from the projections only. */
@ApplicationScoped
public class Peers {

    private final EntityManager em;

    Peers(EntityManager em) {
        this.em = em;
    }

    /** The peer in this organisation, locked for the rest of the transaction (assignments are checked one at a time). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KnownPeer> lockInOrganisation(String organisation, UUID participantId) {
        KnownPeer peer = em.find(KnownPeer.class, participantId, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(peer).filter(p -> p.organisation.equals(organisation));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KnownPeer> inOrganisation(String organisation, UUID participantId) {
        return Optional.ofNullable(em.find(KnownPeer.class, participantId)).filter(p -> p.organisation.equals(organisation));
    }

    /** The organisation's peers who may still be given shifts one day (not alumni), by display name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<KnownPeer> current(String organisation) {
        return em.createQuery("""
                from KnownPeer p where p.organisation = :org and p.status <> 'ALUMNI' order by p.displayName, p.participantId""",
                KnownPeer.class).setParameter("org", organisation).getResultList();
    }

    /** The peer whose login this is; empty when no peer (or, against the contract, more than one) has it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KnownPeer> byAccount(String organisation, String accountKey) {
        List<KnownPeer> found = em.createQuery(
                "from KnownPeer p where p.organisation = :org and p.accountKey = :key", KnownPeer.class)
                .setParameter("org", organisation).setParameter("key", accountKey).setMaxResults(2).getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The peer whose login this is, for the "my …" endpoints; 404 when the login is linked to no peer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownPeer self(String organisation, String accountKey) {
        return byAccount(organisation, accountKey)
                .orElseThrow(() -> ProblemException.notFound("Your peer record (your login is not linked to one)"));
    }

    /** The peer's agreement in the programme covering the day, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PeerAgreement> agreementOn(UUID participantId, UUID programmeId, LocalDate day) {
        return em.createQuery("""
                from PeerAgreement a where a.participantId = :p and a.programmeId = :prog
                and a.startsOn <= :day and a.endsOn >= :day order by a.startsOn desc""", PeerAgreement.class)
                .setParameter("p", participantId).setParameter("prog", programmeId).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The programme's rules in force on the day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ProgrammeTerms> termsOn(UUID programmeId, LocalDate day) {
        return em.createQuery("""
                from ProgrammeTerms t where t.programmeId = :prog and t.validFrom <= :day
                order by t.validFrom desc, t.version desc""", ProgrammeTerms.class)
                .setParameter("prog", programmeId).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether the programme is one of the organisation's (known from its rules). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean programmeOf(String organisation, UUID programmeId) {
        return !em.createQuery("select 1 from ProgrammeTerms t where t.programmeId = :prog and t.organisation = :org")
                .setParameter("prog", programmeId).setParameter("org", organisation).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> participantIds) {
        return em.createQuery("from KnownPeer p where p.participantId in :ids", KnownPeer.class)
                .setParameter("ids", participantIds).getResultStream()
                .collect(java.util.stream.Collectors.toMap(KnownPeer::participantId, KnownPeer::displayName));
    }
}
