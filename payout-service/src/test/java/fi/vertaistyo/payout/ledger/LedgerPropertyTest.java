package fi.vertaistyo.payout.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vertaistyo.payout.PayoutWorld;
import fi.vertaistyo.payout.PayoutWorld.Place;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: whatever the order, however often a record is delivered, with corrections of corrections
 * and a rate change whose rules arrive somewhere in the middle, each peer's ledger total equals a
 * simple reference calculation over the final state (the newest record of every shift, minutes of a
 * day added up, paid at the rules in force that day, capped). Streams are generated from fixed
 * seeds, so a failure names its seed and can be replayed.
 */
@QuarkusTest
class LedgerPropertyTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 5, 28);
    static final LocalDate RATE_CHANGE = LocalDate.of(2025, 5, 31);
    static final int DAYS = 5;

    @Inject
    PayoutWorld world;

    @TestFactory
    Stream<DynamicTest> randomStreamsWithDuplicatesReorderingAndCorrectionsGiveExactTotals() {
        return IntStream.range(0, 30).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    private void check(long seed) {
        Random random = new Random(seed);
        Place lift = world.lift();
        List<UUID> peers = IntStream.range(0, 3).mapToObj(i -> world.peer(lift.organisation(), "Peer " + i)).toList();

        List<Object> stream = new ArrayList<>();
        Map<UUID, Long> expected = new HashMap<>();
        for (UUID peer : peers) {
            long total = 0;
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST_DAY.plusDays(d);
                int dayMinutes = 0;
                for (int shift = random.nextInt(4); shift > 0; shift--) {
                    AttendanceFact record = world.attendance(lift, peer, day, minutes(random));
                    stream.add(record);
                    for (int c = random.nextInt(3); c > 0; c--) {
                        record = world.correction(record, minutes(random));
                        stream.add(record);
                    }
                    dayMinutes += record.minutes();
                }
                ActivityMoney money = day.isBefore(RATE_CHANGE) ? new ActivityMoney(200, 1200)
                        : new ActivityMoney(250, 1500);
                total += Math.min(money.dailyCapCents(), (money.centsPerHour() * (long) dayMinutes + 30) / 60);
            }
            expected.put(peer, total);
        }
        List<Object> duplicates = new ArrayList<>();
        for (Object event : stream) {
            if (random.nextInt(4) == 0) {
                duplicates.add(event);
            }
        }
        stream.addAll(duplicates);
        stream.add("rate change");
        Collections.shuffle(stream, random);

        int i = 0;
        while (i < stream.size()) {
            int size = 1 + random.nextInt(8);
            List<AttendanceFact> batch = new ArrayList<>();
            for (; i < stream.size() && batch.size() < size; i++) {
                if (stream.get(i) instanceof AttendanceFact fact) {
                    batch.add(fact);
                } else {
                    deliver(batch);
                    world.rules(lift, 2, RATE_CHANGE, 250, 1500);
                }
            }
            deliver(batch);
        }

        for (UUID peer : peers) {
            assertThat(world.balance(peer)).as("seed %d, %d events", seed, stream.size()).isEqualTo(expected.get(peer));
        }
    }

    private void deliver(List<AttendanceFact> batch) {
        if (!batch.isEmpty()) {
            world.deliver(batch.toArray(AttendanceFact[]::new));
            batch.clear();
        }
    }

    private static int minutes(Random random) {
        return random.nextInt(10) == 0 ? 0 : 15 * random.nextInt(1, 29);
    }
}
