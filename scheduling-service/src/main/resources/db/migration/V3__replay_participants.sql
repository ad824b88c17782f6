-- The agreement, rules and login projections of V2 are new: participants.v1 is read again from the
-- start by a new consumer group (application.properties), so this consumer's inbox is emptied and
-- every event is applied again, in order (ADR 0007).
delete from processed_event where consumer = 'scheduling-service.known-peers';
