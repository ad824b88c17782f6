package fi.vertaistyo.training.attendance;

/** Present and late count as attended; excused and absent do not (excused is only kinder to read). */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
