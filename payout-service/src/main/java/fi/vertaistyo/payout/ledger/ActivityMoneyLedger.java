package fi.vertaistyo.payout.ledger;

import fi.vertaistyo.kit.inbox.PoisonEventException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Posts activity money from confirmed attendance into the append-only ledger.
 *
 * <p>The invariant: after every record, the entries of one peer's day in one programme add up to
 * what the day's current attendance earns under the rules in force that day — minutes added up
 * first, then the daily cap. A new record posts the difference as its accrual; a correction first
 * reverses everything the corrected record had posted, then posts the difference. Records that arrive
 * after their correction post nothing, so duplicates, reordering and corrections all end in the same
 * totals. Each entry's idempotency key is derived from the event that caused it.
 *
 * <p>A batch is posted with a handful of statements whatever its size (days locked, records stored,
 * days read, entries written), then the records are applied one by one, in order, in memory: the
 * same result as one transaction per record, at a fraction of the round trips.
 */
@ApplicationScoped
public class ActivityMoneyLedger {

    /** A database failure while posting; TransientFailures decides whether it is retried in place. */
    public static class LedgerUnavailableException extends RuntimeException {
        LedgerUnavailableException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(LedgerSession session) throws SQLException;
    }

    private final AgroalDataSource dataSource;
    private final LedgerStore store;
    private final Clock clock;

    ActivityMoneyLedger(AgroalDataSource dataSource, LedgerStore store, Clock clock) {
        this.dataSource = dataSource;
        this.store = store;
        this.clock = clock;
    }

    /** Posts the records in order, in the caller's transaction; returns how many were new (the rest were redeliveries). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(List<AttendanceFact> facts) {
        return inSession(s -> record(s, facts));
    }

    /**
     * A new version of a programme's rules, in the caller's transaction. Days already posted under the
     * version it replaces (or waiting because no rules were known yet) are settled again; every other
     * day is left alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rulesScheduled(ProgrammeRules rules) {
        inSession(s -> {
            rulesScheduled(s, rules);
            return null;
        });
    }

    /** One unit of work on the transaction's connection. */
    private <T> T inSession(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(new LedgerSession(connection, store, clock.instant()));
        } catch (SQLException e) {
            throw new LedgerUnavailableException(e);
        }
    }

    private int record(LedgerSession s, List<AttendanceFact> facts) throws SQLException {
        if (facts.isEmpty()) {
            return 0;
        }
        for (String organisation : new TreeSet<>(facts.stream().map(AttendanceFact::organisation).toList())) {
            s.shareOrganisation(organisation);
        }
        Set<DayId> dayIds = new LinkedHashSet<>();
        facts.forEach(f -> dayIds.add(DayId.of(f)));
        store.lockDays(s.connection(), dayIds);
        Set<UUID> stored = store.insertFacts(s.connection(), facts, s.now());
        Map<DayId, Day> days = store.days(s.connection(), dayIds, stored);
        Set<UUID> waiting = new HashSet<>(stored); // stored now, not yet applied: unknown to earlier records
        Map<UUID, AttendanceFact> firstInBatch = new HashMap<>();
        List<LedgerStore.NewEntry> entries = new ArrayList<>();
        int applied = 0;
        for (AttendanceFact fact : facts) {
            AttendanceFact earlier = firstInBatch.putIfAbsent(fact.attendanceId(), fact);
            if (earlier != null || !stored.contains(fact.attendanceId())) {
                checkRedelivery(s, fact, earlier);
                continue;
            }
            waiting.remove(fact.attendanceId());
            Day day = days.get(DayId.of(fact));
            day.add(fact);
            if (fact.corrects() != null) {
                Day.Fact corrected = day.fact(fact.corrects());
                if (corrected == null && !waiting.contains(fact.corrects())
                        && store.fact(s.connection(), fact.corrects()) != null) {
                    throw new PoisonEventException("attendance record corrects a record of another peer or day");
                }
                if (corrected != null && (corrected.netCents != 0 || corrected.netMinutes != 0)) {
                    entries.add(post(s, day, corrected, "REVERSAL", -corrected.netCents, -corrected.netMinutes, null,
                            "attendance:" + fact.attendanceId() + ":reverses:" + corrected.attendanceId));
                }
            }
            LedgerStore.NewEntry accrual = settle(s, day, day.headOf(fact.attendanceId()), "ACCRUAL",
                    "attendance:" + fact.attendanceId() + ":accrual");
            if (accrual != null) {
                entries.add(accrual);
            }
            applied++;
        }
        store.insertEntries(s.connection(), entries);
        return applied;
    }

    private void checkRedelivery(LedgerSession s, AttendanceFact fact, AttendanceFact earlierInBatch)
            throws SQLException {
        AttendanceFact known = earlierInBatch != null ? earlierInBatch : store.fact(s.connection(), fact.attendanceId());
        if (known == null) {
            throw new PoisonEventException("attendance record corrects a record that was already corrected");
        }
        if (!known.sameRecordAs(fact)) {
            throw new PoisonEventException("attendance record already known with different data");
        }
    }

    private void rulesScheduled(LedgerSession s, ProgrammeRules rules) throws SQLException {
        s.lockOrganisationExclusively(rules.organisation());
        ProgrammeRules known = store.insertRules(s.connection(), rules);
        if (known != null) {
            if (!known.equals(rules)) {
                throw new PoisonEventException("programme rules version already known with different terms");
            }
            return;
        }
        s.forgetRules(rules.programmeId());
        Set<DayId> dayIds = new LinkedHashSet<>(store.daysFrom(s.connection(), rules.organisation(),
                rules.programmeId(), rules.validFrom()));
        store.lockDays(s.connection(), dayIds);
        List<LedgerStore.NewEntry> entries = new ArrayList<>();
        for (Day day : store.days(s.connection(), dayIds, Set.of()).values()) {
            LedgerStore.NewEntry entry = settle(s, day, day.effective().get(0).attendanceId, "REPRICE",
                    "rules:" + rules.programmeId() + ":v" + rules.version() + ":" + day.id.participantId() + ":"
                            + day.id.date());
            if (entry != null) {
                entries.add(entry);
            }
        }
        store.insertEntries(s.connection(), entries);
    }

    /** The difference between what the day earns now and what it has been paid, or null when there is none. */
    private LedgerStore.NewEntry settle(LedgerSession s, Day day, UUID attributeTo, String kind, String key)
            throws SQLException {
        ProgrammeRules rules = s.rulesInForce(day.id.programmeId(), day.id.date()).orElse(null);
        if (rules == null) {
            return null; // settled when the programme's rules arrive
        }
        if (!rules.organisation().equals(day.organisation())) {
            throw new PoisonEventException("attendance in a programme of another organisation");
        }
        int minutes = rules.money().pays() ? day.effectiveMinutes() : 0;
        int deltaCents = rules.money().dueForDay(minutes) - day.netCents();
        int deltaMinutes = minutes - day.netMinutes();
        if (deltaCents == 0 && deltaMinutes == 0) {
            return null;
        }
        return post(s, day, day.fact(attributeTo), kind, deltaCents, deltaMinutes, rules.version(), key);
    }

    private LedgerStore.NewEntry post(LedgerSession s, Day day, Day.Fact to, String kind, int cents, int minutes,
            Integer rulesVersion, String key) throws SQLException {
        to.netCents += cents;
        to.netMinutes += minutes;
        LocalDate postingMonth = s.postingMonth(day.organisation(), day.id.date().withDayOfMonth(1));
        return new LedgerStore.NewEntry(key, day.organisation(), day.id.participantId(), day.id.programmeId(),
                to.locationId, to.attendanceId, day.id.date(), postingMonth, kind, cents, minutes, rulesVersion,
                s.now());
    }

    /** One peer's day in one programme: what the daily cap applies to. */
    record DayId(UUID participantId, UUID programmeId, LocalDate date) {

        static DayId of(AttendanceFact f) {
            return new DayId(f.participantId(), f.programmeId(), f.date());
        }

        String lockKey() {
            return "day:" + participantId + ":" + programmeId + ":" + date;
        }
    }

    /** Everything known of a day: its records and what each has posted so far (kept current in memory). */
    static final class Day {

        static final class Fact {
            final UUID attendanceId;
            final int minutes;
            final UUID corrects;
            final UUID locationId;
            final String organisation;
            int netCents;
            int netMinutes;

            Fact(UUID attendanceId, int minutes, UUID corrects, UUID locationId, String organisation, int netCents,
                    int netMinutes) {
                this.attendanceId = attendanceId;
                this.minutes = minutes;
                this.corrects = corrects;
                this.locationId = locationId;
                this.organisation = organisation;
                this.netCents = netCents;
                this.netMinutes = netMinutes;
            }
        }

        final DayId id;
        final List<Fact> facts = new ArrayList<>();

        Day(DayId id) {
            this.id = id;
        }

        void add(AttendanceFact f) {
            facts.add(new Fact(f.attendanceId(), f.minutes(), f.corrects(), f.locationId(), f.organisation(), 0, 0));
        }

        String organisation() {
            return facts.get(facts.size() - 1).organisation;
        }

        Fact fact(UUID attendanceId) {
            return facts.stream().filter(f -> f.attendanceId.equals(attendanceId)).findFirst().orElse(null);
        }

        /** Records no known record corrects: the day's current attendance. */
        List<Fact> effective() {
            Set<UUID> corrected = new HashSet<>();
            facts.forEach(f -> corrected.add(f.corrects));
            return facts.stream().filter(f -> !corrected.contains(f.attendanceId)).toList();
        }

        /** The current record a record has become through its corrections. */
        UUID headOf(UUID attendanceId) {
            UUID head = attendanceId;
            for (int hops = 0; hops <= facts.size(); hops++) {
                UUID current = head;
                Fact next = facts.stream().filter(f -> current.equals(f.corrects)).findFirst().orElse(null);
                if (next == null) {
                    return head;
                }
                head = next.attendanceId;
            }
            throw new PoisonEventException("attendance corrections form a cycle");
        }

        int effectiveMinutes() {
            return effective().stream().mapToInt(f -> f.minutes).sum();
        }

        int netCents() {
            return facts.stream().mapToInt(f -> f.netCents).sum();
        }

        int netMinutes() {
            return facts.stream().mapToInt(f -> f.netMinutes).sum();
        }
    }
}
