package fi.vertaistyo.participant.programme;

/** Work activity with activity money (like Liftillä duuniin) or volunteer guides (like Fattaluuta). */
public enum ProgrammeKind {
    WORK_ACTIVITY, VOLUNTEER_GUIDES
}
