package fi.vertaistyo.payout.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityMoneyTest {

    final ActivityMoney lift = new ActivityMoney(200, 1200);

    @ParameterizedTest(name = "{0} min -> {1} cents")
    @CsvSource({
            "0, 0",
            "210, 700",       // one Lift shift, 3.5 h
            "359, 1197",
            "360, 1200",      // exactly 6 h reaches the cap
            "361, 1200",      // 6 h 1 min earns nothing more
            "420, 1200",      // two shifts of 3.5 h: 12 €, not 14 €
            "720, 1200",
            "25, 83",         // 83.33 rounds down
            "1, 3",           // 3.33
            "8, 27",          // 26.67 rounds up
            "3, 10"})         // exactly 10
    void aDaysMinutesArePaidTogetherRoundedToTheCentAndCapped(int minutes, int cents) {
        assertThat(lift.dueForDay(minutes)).isEqualTo(cents);
    }

    @Test
    void halfACentRoundsUp() {
        assertThat(new ActivityMoney(1, 100).dueForDay(30)).isEqualTo(1);
        assertThat(new ActivityMoney(1, 100).dueForDay(29)).isZero();
    }

    @Test
    void volunteerProgrammeWithoutActivityMoneyPaysNothing() {
        ActivityMoney volunteers = new ActivityMoney(0, 0);
        assertThat(volunteers.pays()).isFalse();
        assertThat(volunteers.dueForDay(480)).isZero();
        assertThat(lift.pays()).isTrue();
    }

    @Test
    void negativeTermsAreRefused() {
        assertThatThrownBy(() -> new ActivityMoney(-1, 1200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lift.dueForDay(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
