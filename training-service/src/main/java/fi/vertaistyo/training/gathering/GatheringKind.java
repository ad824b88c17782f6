package fi.vertaistyo.training.gathering;

/** Development days (at least two a year, one closing each term), recreation days, supervision for active guides. */
public enum GatheringKind {
    DEVELOPMENT_DAY, RECREATION_DAY, SUPERVISION
}
