-- The consumer of intro events records each email rendered and due; a scheduled dispatcher sends what is due, so
-- that an SMTP server that is away delays emails instead of losing them. Rows of V1 carry no rendering: the
-- synchronous sender of V1 sent them while recording, and none is due for the dispatcher.
alter table notification
    add column subject         text,
    add column text_body       text,
    add column html_body       text,
    add column envelope        jsonb,
    add column attempts        integer not null default 0,
    add column next_attempt_at timestamptz,
    add column failed_at       timestamptz,
    add column last_error      text;

alter table notification drop constraint notification_status_known;
alter table notification
    add constraint notification_status_known check (status in ('PENDING', 'SENT', 'FAILED')),
    add constraint notification_failed_at_iff_failed check ((status = 'FAILED') = (failed_at is not null));

create index notification_due_idx on notification (next_attempt_at) where status = 'PENDING';
create index notification_outcome_unpublished_idx on notification (id)
    where outcome_published_at is null and status <> 'PENDING';
