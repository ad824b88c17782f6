-- A participant who leaves before an agreement's first day ends it "before it began": the day before
-- its start, so it covers no day at all (ADR 0019). Ending by hand still needs a day the agreement covers.
alter table agreement drop constraint agreement_check1;
alter table agreement add constraint agreement_ended_within check (ended_on is null or ended_on between starts_on - 1 and ends_on);
