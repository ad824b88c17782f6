package fi.vertaistyo.scheduling.deskduty;

import java.util.UUID;

/**
 * One of a partner agency's own desks as its staff see it: what their pages and calendar
 * subscriptions are chosen by. The desk's public details only, no programme or agreement terms.
 */
public record PartnerDesk(UUID deskId, String location, String address, String openingHours) {
}
