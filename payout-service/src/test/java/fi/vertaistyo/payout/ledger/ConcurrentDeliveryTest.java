package fi.vertaistyo.payout.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vertaistyo.payout.PayoutWorld;
import fi.vertaistyo.payout.PayoutWorld.Place;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two consumers (after a rebalance, say) given the same record at the same moment post it once. */
@QuarkusTest
class ConcurrentDeliveryTest {

    @Inject
    PayoutWorld world;

    @Test
    void theSameRecordDeliveredToTwoConsumersAtOnceIsPostedOnce() throws Exception {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                LocalDate day = LocalDate.of(2025, 4, 1).plusDays(round);
                AttendanceFact record = world.attendance(lift, pete, day, 210);
                AttendanceFact sameDayOtherShift = world.attendance(lift, pete, day, 210);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> deliveries = new ArrayList<>();
                for (List<AttendanceFact> batch : List.of(List.of(record, sameDayOtherShift),
                        List.of(sameDayOtherShift, record))) {
                    deliveries.add(consumers.submit(() -> {
                        together.await();
                        world.deliver(batch.toArray(AttendanceFact[]::new));
                        return null;
                    }));
                }
                for (Future<?> delivery : deliveries) {
                    delivery.get();
                }
            }
        } finally {
            consumers.shutdown();
        }

        assertThat(world.entries(pete)).hasSize(40);
        assertThat(world.balance(pete)).isEqualTo(20 * 1200);
    }
}
