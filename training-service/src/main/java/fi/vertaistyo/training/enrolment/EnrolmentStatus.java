package fi.vertaistyo.training.enrolment;

public enum EnrolmentStatus {
    ENROLLED, WAITING, WITHDRAWN
}
