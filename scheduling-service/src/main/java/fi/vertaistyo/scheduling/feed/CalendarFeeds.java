package fi.vertaistyo.scheduling.feed;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.scheduling.deskduty.DeskDutySchedule;
import fi.vertaistyo.scheduling.feed.CalendarFeedViews.Feed;
import fi.vertaistyo.scheduling.feed.CalendarFeedViews.MyFeedStatus;
import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.mine.MyShifts;
import fi.vertaistyo.scheduling.peer.KnownPeer;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Secret calendar addresses (ADR 0012). The token is 256 random bits, shown once; the database keeps
 * its SHA-256, which is enough for a value of that entropy (no slow hash needed). A peer has one
 * working address (a new one replaces it); a partner agency has any number per desk.
 */
@ApplicationScoped
public class CalendarFeeds {

    public static final String PATH_PREFIX = "/api/scheduling/calendar-feeds/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Peers peers;
    private final MyShifts myShifts;
    private final DeskDutySchedule desks;
    private final FetchLimiter limiter;
    private final CalendarFeedSettings settings;
    private final EntityManager em;
    private final Clock clock;

    CalendarFeeds(Peers peers, MyShifts myShifts, DeskDutySchedule desks, FetchLimiter limiter,
            CalendarFeedSettings settings, EntityManager em, Clock clock) {
        this.peers = peers;
        this.myShifts = myShifts;
        this.desks = desks;
        this.limiter = limiter;
        this.settings = settings;
        this.em = em;
        this.clock = clock;
    }

    /** Makes the peer a new address; the old one, if any, stops working. */
    @Transactional
    public Feed createForPeer(String organisation, String accountKey) {
        KnownPeer self = peers.self(organisation, accountKey);
        Instant now = clock.instant();
        activeOfPeer(self.participantId()).ifPresent(old -> old.revokedAt = now);
        em.flush(); // the old row must be revoked before the insert, or the one-working-feed index refuses it
        String token = newToken();
        CalendarFeed feed = CalendarFeed.forPeer(organisation, self.participantId(), hash(token), accountKey, now);
        em.persist(feed);
        return Feed.of(feed, null, PATH_PREFIX + token + ".ics");
    }

    @Transactional
    public MyFeedStatus peerStatus(String organisation, String accountKey) {
        return activeOfPeer(peers.self(organisation, accountKey).participantId())
                .map(f -> new MyFeedStatus(true, f.createdAt, f.lastUsedAt))
                .orElse(new MyFeedStatus(false, null, null));
    }

    @Transactional
    public void revokeForPeer(String organisation, String accountKey) {
        Instant now = clock.instant();
        activeOfPeer(peers.self(organisation, accountKey).participantId()).ifPresent(f -> f.revokedAt = now);
    }

    @Transactional
    public Feed createForDesk(String organisation, String agency, UUID deskId, String by) {
        Location desk = agencyDesk(organisation, agency, deskId);
        String token = newToken();
        CalendarFeed feed = CalendarFeed.forDesk(organisation, agency, deskId, hash(token), by, clock.instant());
        em.persist(feed);
        return Feed.of(feed, desk.name, PATH_PREFIX + token + ".ics");
    }

    @Transactional
    public List<Feed> desksFeeds(String organisation, String agency) {
        return em.createQuery("""
                select f, l.name from CalendarFeed f, Location l where f.deskId = l.id
                and f.organisation = :org and f.agency = :agency and f.revokedAt is null
                order by l.name, f.createdAt""", Object[].class)
                .setParameter("org", organisation).setParameter("agency", agency).getResultStream()
                .map(r -> Feed.of((CalendarFeed) r[0], (String) r[1], null)).toList();
    }

    @Transactional
    public void revokeForDesk(String organisation, String agency, UUID feedId) {
        CalendarFeed feed = em.find(CalendarFeed.class, feedId);
        if (feed == null || feed.kind != CalendarFeed.Kind.DESK || feed.isRevoked()
                || !feed.organisation.equals(organisation) || !agency.equals(feed.agency)) {
            throw ProblemException.notFound("Calendar feed");
        }
        feed.revokedAt = clock.instant();
    }

    /**
     * The calendar behind a token. Unknown, malformed and revoked tokens all answer the same 404.
     * The answer says no more than the owner's own page (peer) or the partner API (desk).
     */
    @Transactional
    public String render(String token) {
        Optional<CalendarFeed> found = token.length() == 43 && token.matches("[A-Za-z0-9_-]+")
                ? em.createQuery("from CalendarFeed f where f.tokenHash = :h", CalendarFeed.class)
                        .setParameter("h", hash(token)).getResultStream().findFirst()
                : Optional.empty();
        CalendarFeed feed = found.filter(f -> !f.isRevoked())
                .orElseThrow(() -> ProblemException.notFound("Calendar feed"));
        if (!limiter.tryFetch(feed.id)) {
            throw new ProblemException(429, "Too Many Requests",
                    "This calendar address was fetched too often; try again in an hour.", "FEED_RATE_LIMITED");
        }
        feed.lastUsedAt = clock.instant();
        LocalDate today = Helsinki.today(clock);
        DateRange range = new DateRange(today.minusDays(settings.pastDays()), today.plusDays(settings.futureDays()));
        return switch (feed.kind) {
            case PEER -> myShifts.calendarOf(feed.organisation, feed.participantId, range);
            case DESK -> DeskDutySchedule.calendar(
                    desks.forAgency(feed.organisation, feed.agency, range.from(), range.to(), feed.deskId),
                    clock.instant());
        };
    }

    private Optional<CalendarFeed> activeOfPeer(UUID participantId) {
        return em.createQuery("from CalendarFeed f where f.participantId = :p and f.revokedAt is null",
                CalendarFeed.class).setParameter("p", participantId).getResultStream().findFirst();
    }

    private Location agencyDesk(String organisation, String agency, UUID deskId) {
        if (!desks.isAgencyDesk(organisation, agency, deskId)) {
            throw ProblemException.notFound("Desk");
        }
        return Location.findById(deskId);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
