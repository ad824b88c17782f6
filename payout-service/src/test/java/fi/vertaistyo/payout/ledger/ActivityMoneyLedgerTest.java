package fi.vertaistyo.payout.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.vertaistyo.payout.PayoutWorld;
import fi.vertaistyo.payout.PayoutWorld.Entry;
import fi.vertaistyo.payout.PayoutWorld.Place;
import fi.vertaistyo.kit.testing.TestTokens;
import fi.vertaistyo.kit.inbox.PoisonEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityMoneyLedgerTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    @Inject
    PayoutWorld world;

    @Inject
    EntityManager em;

    @Test
    void oneLiftShiftOfThreeAndAHalfHoursAccruesSevenEuros() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        world.attend(lift, pete, DAY, 210);

        assertThat(world.entries(pete)).containsExactly(new Entry("ACCRUAL", 700, 210, DAY, DAY.withDayOfMonth(1)));
    }

    @Test
    void twoShiftsOnOneDayAreCappedAtTwelveEurosNotFourteen() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        world.attend(lift, pete, DAY, 210);
        world.attend(lift.elsewhere("Kela Kallio"), pete, DAY, 210);

        assertThat(world.balance(pete)).isEqualTo(1200);
        assertThat(world.entries(pete)).extracting(Entry::amountCents).containsExactly(700, 500);
    }

    @Test
    void exactlySixHoursEarnTheCapAndOneMinuteMoreEarnsNothingMore() {
        Place lift = world.lift();
        UUID sixHours = world.peer(lift.organisation(), "Sanna");
        UUID sixHoursOneMinute = world.peer(lift.organisation(), "Jussi");
        world.attend(lift, sixHours, DAY, 180);
        world.attend(lift, sixHours, DAY, 180);
        world.attend(lift, sixHoursOneMinute, DAY, 180);
        world.attend(lift, sixHoursOneMinute, DAY, 181);

        assertThat(world.balance(sixHours)).isEqualTo(1200);
        assertThat(world.balance(sixHoursOneMinute)).isEqualTo(1200);
        assertThat(world.entries(sixHoursOneMinute)).extracting(Entry::amountCents).containsExactly(600, 600);
    }

    @Test
    void threeShiftsOnOneDayAccrueUpToTheCapAndTheThirdShowsItsMinutesAtNoPay() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        world.attend(lift, pete, DAY, 180);
        world.attend(lift, pete, DAY, 150);
        world.attend(lift, pete, DAY, 120);

        assertThat(world.entries(pete)).extracting(Entry::amountCents, Entry::minutes)
                .containsExactly(tuple(600, 180),
                        tuple(500, 150), tuple(100, 120));
        assertThat(world.balance(pete)).isEqualTo(1200);
    }

    @Test
    void eachDayIsPaidByTheRulesInForceThatDayAcrossARateChange() {
        Place lift = world.lift();
        world.rules(lift, 2, LocalDate.of(2025, 3, 1), 250, 1500);
        UUID pete = world.peer(lift.organisation(), "Pete");
        world.attend(lift, pete, LocalDate.of(2025, 2, 28), 420); // old: capped at 12 €
        world.attend(lift, pete, LocalDate.of(2025, 3, 1), 210);  // new: 3.5 h × 2.50 €
        world.attend(lift, pete, LocalDate.of(2025, 3, 2), 420);  // new: 17.50 € capped at 15 €

        assertThat(world.entries(pete)).extracting(Entry::amountCents).containsExactly(1200, 875, 1500);
    }

    @Test
    void volunteerProgrammeWithoutActivityMoneyAccruesNothing() {
        Place fattaluuta = world.programme(TestTokens.newOrganisation(), 0, 0);
        UUID tiina = world.peer(fattaluuta.organisation(), "Tiina");
        world.attend(fattaluuta, tiina, DAY, 180);

        assertThat(world.entries(tiina)).isEmpty();
    }

    @Test
    void aRedeliveredRecordChangesNothing() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        AttendanceFact once = world.attend(lift, pete, DAY, 210);
        world.deliver(once);
        world.deliver(once, once);

        assertThat(world.entries(pete)).hasSize(1);
        assertThat(world.balance(pete)).isEqualTo(700);
    }

    @Test
    void theSameAttendanceWithDifferentDataIsRefusedAndTheWholeBatchLeavesNoTrace() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        AttendanceFact first = world.attend(lift, pete, DAY, 210);
        AttendanceFact changed = new AttendanceFact(first.attendanceId(), pete, first.organisation(),
                first.programmeId(), first.locationId(), first.locationName(), first.shiftId(), DAY, 360, null,
                UUID.randomUUID().toString());
        AttendanceFact otherDay = world.attendance(lift, pete, DAY.plusDays(1), 210);

        assertThatThrownBy(() -> world.deliver(otherDay, changed)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("different data");
        assertThat(world.entries(pete)).hasSize(1);
        assertThat(world.balance(pete)).isEqualTo(700);
    }

    @Test
    void aSecondCorrectionOfTheSameRecordIsRefused() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        AttendanceFact first = world.attend(lift, pete, DAY, 210);
        world.correct(first, 180);

        assertThatThrownBy(() -> world.correct(first, 120)).isInstanceOf(PoisonEventException.class);
        assertThat(world.balance(pete)).isEqualTo(600);
    }

    @Test
    void aCorrectionPostsAReversalAndANewAccrualAndEditsNothing() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        AttendanceFact first = world.attend(lift, pete, DAY, 210);
        world.correct(first, 60);

        assertThat(world.entries(pete)).extracting(Entry::kind, Entry::amountCents, Entry::minutes).containsExactly(
                tuple("ACCRUAL", 700, 210),
                tuple("REVERSAL", -700, -210),
                tuple("ACCRUAL", 200, 60));
    }

    @Test
    void correctingOneOfTwoCappedShiftsKeepsTheDayExact() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        AttendanceFact morning = world.attend(lift, pete, DAY, 210);
        world.attend(lift, pete, DAY, 210);
        world.correct(morning, 60);

        assertThat(world.balance(pete)).isEqualTo(900); // 4.5 h
    }

    @Test
    void aCorrectionThatArrivesBeforeTheRecordItCorrectsGivesTheSameTotal() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        AttendanceFact first = world.attendance(lift, pete, DAY, 210);
        AttendanceFact second = world.correction(first, 120);
        AttendanceFact third = world.correction(second, 90);
        world.deliver(third);
        world.deliver(first);
        world.deliver(second);

        assertThat(world.balance(pete)).isEqualTo(300);
        assertThat(world.entries(pete)).extracting(Entry::minutes).containsExactly(90, 210, -210);
    }

    @Test
    void attendanceThatArrivesBeforeItsProgrammesRulesIsPostedWhenTheyArrive() {
        Place unknown = new Place(TestTokens.newOrganisation(), UUID.randomUUID(),
                UUID.randomUUID(), "Lift lobby");
        UUID pete = world.peer(unknown.organisation(), "Pete");
        world.attend(unknown, pete, DAY, 210);
        world.attend(unknown, pete, DAY, 210);
        assertThat(world.entries(pete)).isEmpty();

        world.rules(unknown, 1, LocalDate.of(2020, 1, 1), 200, 1200);
        assertThat(world.entries(pete)).extracting(Entry::kind, Entry::amountCents)
                .containsExactly(tuple("REPRICE", 1200));
    }

    @Test
    void rulesThatArriveLateRepriceTheDaysTheyCoverAndNothingElse() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        world.attend(lift, pete, LocalDate.of(2025, 2, 28), 210);
        world.attend(lift, pete, LocalDate.of(2025, 3, 3), 210);
        world.rules(lift, 2, LocalDate.of(2025, 3, 1), 300, 1500);
        world.rules(lift, 2, LocalDate.of(2025, 3, 1), 300, 1500); // the same version again changes nothing

        assertThat(world.entries(pete)).extracting(Entry::kind, Entry::amountCents).containsExactly(
                tuple("ACCRUAL", 700), tuple("ACCRUAL", 700),
                tuple("REPRICE", 350));
        assertThat(world.balance(pete)).isEqualTo(700 + 1050);
    }

    @Test
    void ledgerEntriesCanBeNeitherChangedNorDeleted() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        world.attend(lift, pete, DAY, 210);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update ledger_entry set amount_cents = 1 where participant_id = ?1").setParameter(1, pete)
                .executeUpdate())).hasStackTraceContaining("never changed");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from ledger_entry where participant_id = ?1").setParameter(1, pete).executeUpdate()))
                .hasStackTraceContaining("never changed");
        assertThat(world.balance(pete)).isEqualTo(700);
    }
}
