package fi.vertaistyo.payout.cash;

import fi.vertaistyo.payout.cash.CashViews.Line;
import fi.vertaistyo.payout.cash.CashViews.MyPayment;
import fi.vertaistyo.payout.cash.CashViews.NewPayoutDay;
import fi.vertaistyo.payout.cash.CashViews.Payment;
import fi.vertaistyo.payout.cash.CashViews.PayoutDaySummary;
import fi.vertaistyo.payout.cash.CashViews.PayoutDayView;
import fi.vertaistyo.payout.cash.CashViews.Reconciliation;
import fi.vertaistyo.payout.db.Jdbc;
import fi.vertaistyo.payout.ledger.LedgerMonths;
import fi.vertaistyo.payout.peer.KnownPeers;
import fi.vertaistyo.payout.web.Months;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Activity money is paid in cash once a month per location: a payout list from the closed month,
 * who paid whom how much and when, the peer's acknowledgement, and what was left unclaimed carried
 * over to the location's next payout day.
 */
@ApplicationScoped
public class CashPayouts {

    private final Jdbc jdbc;
    private final LedgerMonths months;
    private final PayoutAmounts amounts;
    private final KnownPeers peers;
    private final Clock clock;

    CashPayouts(Jdbc jdbc, LedgerMonths months, PayoutAmounts amounts, KnownPeers peers, Clock clock) {
        this.jdbc = jdbc;
        this.months = months;
        this.amounts = amounts;
        this.peers = peers;
        this.clock = clock;
    }

    @Transactional
    public PayoutDayView create(String organisation, NewPayoutDay request, String by) {
        YearMonth month = Months.parse(request.month(), "month");
        if (!request.paidOn().isAfter(month.atEndOfMonth())) {
            throw new ProblemException(400, "Invalid request", "'paidOn' must be after the month paid out.");
        }
        jdbc.one("select pg_advisory_xact_lock(hashtextextended('payout-day:' || ? || ':' || ?, 0))", rs -> true,
                organisation, request.locationId().toString());
        String locationName = jdbc.one("""
                select location_name from attendance_fact where organisation = ? and location_id = ?
                order by received_at desc limit 1""", rs -> rs.getString(1), organisation, request.locationId())
                .orElseThrow(() -> ProblemException.notFound("A location with activity money"));
        if (!months.isClosed(organisation, month)) {
            throw ProblemException.refused("Payout day refused", "MONTH_OPEN",
                    "The month must be closed before it is paid out.");
        }
        if (PayoutDay.count("organisation = ?1 and locationId = ?2 and month = ?3", organisation,
                request.locationId(), month.atDay(1)) > 0) {
            throw ProblemException.refused("Payout day refused", "PAYOUT_DAY_EXISTS",
                    "This month is already being paid out at this location.");
        }
        if (PayoutDay.count("organisation = ?1 and locationId = ?2 and status = ?3", organisation,
                request.locationId(), PayoutDay.OPEN) > 0) {
            throw ProblemException.refused("Payout day refused", "PAYOUT_DAY_OPEN",
                    "Close the location's previous payout day first: its unclaimed money is carried over.");
        }
        PayoutDay day = PayoutDay.open(organisation, request.locationId(), locationName, month, request.paidOn(), by,
                clock.instant());
        day.persist();
        Map<UUID, PayoutAmounts.Due> due = amounts.dueAt(organisation, request.locationId(), month);
        Map<UUID, String> names = peers.displayNames(due.keySet());
        due.forEach((participantId, d) -> {
            if (!d.isNothing()) {
                PayoutLine.of(day.id, participantId, names.getOrDefault(participantId, "-"), d.monthCents(),
                        d.carriedCents()).persist();
            }
        });
        return view(day);
    }

    @Transactional
    public PayoutDayView pay(String organisation, UUID dayId, Payment payment, String by) {
        PayoutDay day = lockedOpenDay(organisation, dayId);
        PayoutLine line = PayoutLine.<PayoutLine>find("payoutDayId = ?1 and participantId = ?2", day.id,
                payment.participantId()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("A payout line for this peer"));
        if (!PayoutLine.DUE.equals(line.status)) {
            throw ProblemException.refused("Payment refused", PayoutLine.PAID.equals(line.status) ? "ALREADY_PAID"
                    : "NOTHING_DUE", "Nothing is due to this peer on this payout day.");
        }
        if (payment.amountCents() != line.dueCents) {
            throw ProblemException.refused("Payment refused", "AMOUNT_DIFFERS",
                    "Cash is paid in full: the amount must be exactly what is due (" + line.dueCents + " cents).");
        }
        Instant paidAt = payment.paidAt() == null ? clock.instant() : payment.paidAt();
        if (paidAt.isAfter(clock.instant())) {
            throw new ProblemException(400, "Invalid request", "'paidAt' is in the future.");
        }
        line.status = PayoutLine.PAID;
        line.paidCents = payment.amountCents();
        line.paidAt = paidAt;
        line.paidBy = by;
        return view(day);
    }

    /** Ends the payout day: what was not paid is unclaimed and carried over to the location's next one. */
    @Transactional
    public PayoutDayView close(String organisation, UUID dayId, String by) {
        PayoutDay day = lockedOpenDay(organisation, dayId);
        PayoutLine.update("status = ?1 where payoutDayId = ?2 and status = ?3", PayoutLine.UNCLAIMED, day.id,
                PayoutLine.DUE);
        day.status = PayoutDay.CLOSED;
        day.closedBy = by;
        day.closedAt = clock.instant();
        return view(day);
    }

    @Transactional
    public PayoutDayView get(String organisation, UUID dayId) {
        return view(day(organisation, dayId));
    }

    @Transactional
    public List<PayoutDaySummary> list(String organisation, YearMonth month) {
        List<PayoutDay> days = month == null
                ? PayoutDay.list("organisation", Sort.descending("month").and("locationName"), organisation)
                : PayoutDay.list("organisation = ?1 and month = ?2", Sort.by("locationName"), organisation,
                        month.atDay(1));
        return days.stream().map(d -> {
            PayoutDayView v = view(d);
            return new PayoutDaySummary(v.id(), v.locationId(), v.locationName(), v.month(), v.paidOn(), v.status(),
                    v.reconciliation());
        }).toList();
    }

    @Transactional
    public List<MyPayment> mine(String organisation, UUID participantId) {
        return PayoutDay.getEntityManager().createQuery("""
                select l, d from PayoutLine l, PayoutDay d
                where d.id = l.payoutDayId and d.organisation = :organisation and l.participantId = :participant
                order by d.month desc, d.locationName""", Object[].class)
                .setParameter("organisation", organisation).setParameter("participant", participantId)
                .getResultStream().map(r -> MyPayment.of((PayoutLine) r[0], (PayoutDay) r[1])).toList();
    }

    /** The peer confirms they received the cash; once is enough, again changes nothing. */
    @Transactional
    public MyPayment acknowledge(String organisation, UUID participantId, UUID lineId) {
        PayoutLine line = PayoutLine.<PayoutLine>findByIdOptional(lineId, LockModeType.PESSIMISTIC_WRITE)
                .filter(l -> l.participantId.equals(participantId))
                .orElseThrow(() -> ProblemException.notFound("Your payment"));
        PayoutDay day = Scoped.toOrganisation(PayoutDay.<PayoutDay>findById(line.payoutDayId), d -> d.organisation,
                organisation, "Your payment");
        if (!PayoutLine.PAID.equals(line.status)) {
            throw ProblemException.refused("Acknowledgement refused", "NOT_PAID",
                    "Only a payment that was made can be acknowledged.");
        }
        if (line.acknowledgedAt == null) {
            line.acknowledgedAt = clock.instant();
        }
        return MyPayment.of(line, day);
    }

    private PayoutDay lockedOpenDay(String organisation, UUID dayId) {
        PayoutDay day = Scoped.toOrganisation(PayoutDay.<PayoutDay>findById(dayId, LockModeType.PESSIMISTIC_WRITE),
                d -> d.organisation, organisation, "The payout day");
        if (!PayoutDay.OPEN.equals(day.status)) {
            throw ProblemException.refused("Payout day closed", "PAYOUT_DAY_CLOSED", "This payout day is closed.");
        }
        return day;
    }

    private PayoutDay day(String organisation, UUID dayId) {
        return Scoped.toOrganisation(PayoutDay.<PayoutDay>findById(dayId), d -> d.organisation, organisation,
                "The payout day");
    }

    private PayoutDayView view(PayoutDay day) {
        List<PayoutLine> lines = PayoutLine.list("payoutDayId", Sort.by("displayName").and("participantId"), day.id);
        long ledgerMonth = jdbc.one("""
                select coalesce(sum(amount_cents), 0) from ledger_entry
                where organisation = ? and posting_month = ? and location_id = ?""", rs -> rs.getLong(1),
                day.organisation, day.month, day.locationId).orElse(0L);
        long totalDue = 0;
        long paid = 0;
        long unclaimed = 0;
        long outstanding = 0;
        long linesMonth = 0;
        for (PayoutLine l : lines) {
            linesMonth += l.monthCents;
            if (l.dueCents > 0) {
                totalDue += l.dueCents;
            }
            switch (l.status) {
                case PayoutLine.PAID -> paid += l.paidCents;
                case PayoutLine.UNCLAIMED -> unclaimed += l.dueCents;
                case PayoutLine.DUE -> outstanding += l.dueCents;
                default -> { }
            }
        }
        Reconciliation reconciliation = new Reconciliation(totalDue, paid, unclaimed, outstanding, ledgerMonth,
                linesMonth, paid + unclaimed + outstanding == totalDue && ledgerMonth == linesMonth);
        return new PayoutDayView(day.id, day.locationId, day.locationName, YearMonth.from(day.month), day.paidOn,
                day.status, lines.stream().map(Line::of).toList(), reconciliation);
    }
}
