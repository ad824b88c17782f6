package fi.vertaistyo.participant.peer;

import java.util.List;

public record ParticipantPage(List<ParticipantView> items, int page, int size, long total) {
}
