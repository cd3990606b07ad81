-- A notification may be suppressed because the connector withdrew its intro before it left
alter table notification drop constraint notification_suppression_reason_known;
alter table notification
    add constraint notification_suppression_reason_known
        check (suppression_reason in ('UNSUBSCRIBED', 'ERASED', 'CANCELLED'));

-- Emails held beyond the cap when a person they name was erased stayed held, without bodies, and held back the
-- digests of held mail composed after them: they are suppressed, as erasure now does
update notification
set status = 'SUPPRESSED', suppression_reason = 'ERASED', suppressed_at = now(), next_attempt_at = null
where status = 'HELD' and digest_id is null and intro_id in (select intro_id from erased_intro);
