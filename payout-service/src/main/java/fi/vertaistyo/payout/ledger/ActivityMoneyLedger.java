package fi.vertaistyo.payout.ledger;

import fi.vertaistyo.payout.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Posts activity money from confirmed attendance into the append-only ledger.
 *
 * <p>The invariant: after every event, the entries of one peer's day in one programme add up to what
 * the day's current attendance earns under the rules in force that day — minutes added up first,
 * then the daily cap. A new record posts the difference as its accrual; a correction first reverses
 * everything the corrected record had posted, then posts the difference. Records that arrive after
 * their correction post nothing, so duplicates, reordering and corrections all end in the same totals.
 * Each entry's idempotency key is derived from the event that caused it.
 */
@ApplicationScoped
public class ActivityMoneyLedger {

    public enum Outcome { APPLIED, DUPLICATE }

    private final LedgerStore store;
    private final Clock clock;

    ActivityMoneyLedger(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A unit of work on one connection inside the caller's transaction (one Kafka batch, say). */
    public LedgerSession session(Connection connection) {
        return new LedgerSession(connection, store, clock.instant());
    }

    public Outcome record(LedgerSession s, AttendanceFact fact) throws SQLException {
        s.shareOrganisation(fact.organisation());
        store.lockDay(s.connection(), fact.participantId(), fact.programmeId(), fact.date());
        if (!store.insertFact(s.connection(), fact, s.now())) {
            AttendanceFact known = store.fact(s.connection(), fact.attendanceId());
            if (known == null) {
                throw new PoisonEventException("attendance record corrects a record that was already corrected");
            }
            if (!known.sameRecordAs(fact)) {
                throw new PoisonEventException("attendance record already known with different data");
            }
            return Outcome.DUPLICATE;
        }
        Day day = store.day(s.connection(), fact.participantId(), fact.programmeId(), fact.date());
        if (fact.corrects() != null) {
            Day.Fact corrected = day.fact(fact.corrects());
            if (corrected == null && store.fact(s.connection(), fact.corrects()) != null) {
                throw new PoisonEventException("attendance record corrects a record of another peer or day");
            }
            if (corrected != null && (corrected.netCents() != 0 || corrected.netMinutes() != 0)) {
                post(s, day, corrected.attendanceId(), corrected.locationId(), "REVERSAL", -corrected.netCents(),
                        -corrected.netMinutes(), null, "attendance:" + fact.attendanceId() + ":reverses:" + corrected.attendanceId());
                day = store.day(s.connection(), fact.participantId(), fact.programmeId(), fact.date());
            }
        }
        settle(s, day, day.headOf(fact.attendanceId()), "ACCRUAL", "attendance:" + fact.attendanceId() + ":accrual");
        return Outcome.APPLIED;
    }

    /**
     * A new version of a programme's rules. Days already posted under the version it replaces (or
     * waiting because no rules were known yet) are settled again; every other day is left alone.
     */
    public void rulesScheduled(LedgerSession s, ProgrammeRules rules) throws SQLException {
        s.lockOrganisationExclusively(rules.organisation());
        ProgrammeRules known = store.insertRules(s.connection(), rules);
        if (known != null) {
            if (!known.equals(rules)) {
                throw new PoisonEventException("programme rules version already known with different terms");
            }
            return;
        }
        s.forgetRules(rules.programmeId());
        for (DayKey key : store.daysFrom(s.connection(), rules.organisation(), rules.programmeId(), rules.validFrom())) {
            store.lockDay(s.connection(), key.participantId(), rules.programmeId(), key.date());
            Day day = store.day(s.connection(), key.participantId(), rules.programmeId(), key.date());
            UUID first = day.effective().get(0).attendanceId();
            settle(s, day, first, "REPRICE", "rules:" + rules.programmeId() + ":v" + rules.version() + ":"
                    + key.participantId() + ":" + key.date());
        }
    }

    private void settle(LedgerSession s, Day day, UUID attributeTo, String kind, String key) throws SQLException {
        ProgrammeRules rules = s.rulesInForce(day.programmeId(), day.date()).orElse(null);
        if (rules == null) {
            return; // settled when the programme's rules arrive
        }
        if (!rules.organisation().equals(day.organisation())) {
            throw new PoisonEventException("attendance in a programme of another organisation");
        }
        int minutes = rules.money().pays() ? day.effectiveMinutes() : 0;
        int cents = rules.money().dueForDay(minutes);
        int deltaCents = cents - day.netCents();
        int deltaMinutes = minutes - day.netMinutes();
        if (deltaCents != 0 || deltaMinutes != 0) {
            post(s, day, attributeTo, day.fact(attributeTo).locationId(), kind, deltaCents, deltaMinutes,
                    rules.version(), key);
        }
    }

    private void post(LedgerSession s, Day day, UUID attendanceId, UUID locationId, String kind, int cents,
            int minutes, Integer rulesVersion, String key) throws SQLException {
        LocalDate postingMonth = s.postingMonth(day.organisation(), day.date().withDayOfMonth(1));
        store.insertEntry(s.connection(), new LedgerStore.NewEntry(key, day.organisation(), day.participantId(),
                day.programmeId(), locationId, attendanceId, day.date(), postingMonth, kind, cents, minutes,
                rulesVersion, s.now()));
    }

    record DayKey(UUID participantId, LocalDate date) {
    }

    /** Everything known of one peer's day in one programme: the records and what each has posted. */
    record Day(UUID participantId, String organisation, UUID programmeId, LocalDate date, List<Fact> facts) {

        record Fact(UUID attendanceId, int minutes, UUID corrects, UUID locationId, int netCents, int netMinutes) {
        }

        Fact fact(UUID attendanceId) {
            return facts.stream().filter(f -> f.attendanceId().equals(attendanceId)).findFirst().orElse(null);
        }

        /** Records no known record corrects: the day's current attendance. */
        List<Fact> effective() {
            List<Fact> current = new ArrayList<>();
            for (Fact f : facts) {
                if (facts.stream().noneMatch(other -> f.attendanceId().equals(other.corrects()))) {
                    current.add(f);
                }
            }
            return current;
        }

        /** The current record a record has become through its corrections. */
        UUID headOf(UUID attendanceId) {
            UUID head = attendanceId;
            for (int hops = 0; hops <= facts.size(); hops++) {
                UUID current = head;
                Fact next = facts.stream().filter(f -> current.equals(f.corrects())).findFirst().orElse(null);
                if (next == null) {
                    return head;
                }
                head = next.attendanceId();
            }
            throw new PoisonEventException("attendance corrections form a cycle");
        }

        int effectiveMinutes() {
            return effective().stream().mapToInt(Fact::minutes).sum();
        }

        int netCents() {
            return facts.stream().mapToInt(Fact::netCents).sum();
        }

        int netMinutes() {
            return facts.stream().mapToInt(Fact::netMinutes).sum();
        }
    }
}
