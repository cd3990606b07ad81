-- Intros that name a person who asked to be forgotten: what this service kept of them is erased, and an event of
-- such an intro read again (a replay, a late duplicate) sends nothing.
create table erased_intro (
    intro_id  uuid        primary key,
    erased_at timestamptz not null
);

-- Why a notification was not sent: its recipient unsubscribed, or a person it names was erased before it left.
alter table notification add column suppression_reason text;
update notification set suppression_reason = 'UNSUBSCRIBED' where status = 'SUPPRESSED';
alter table notification
    add constraint notification_suppression_reason_known
        check (suppression_reason in ('UNSUBSCRIBED', 'ERASED')),
    add constraint notification_suppression_reason_iff_suppressed
        check ((status = 'SUPPRESSED') = (suppression_reason is not null));

-- An erased person's name leaves the digest lines about them
alter table digest_item alter column seeker_name drop not null, alter column target_name drop not null;
