-- One row per email the service decided to send. The unique key makes a replayed event find the row of its first
-- delivery instead of sending again.
create table notification (
    id                   uuid        primary key,
    event_id             text        not null,
    recipient            text        not null,
    recipient_role       text        not null,
    template             text        not null,
    member_id            text        not null,
    intro_id             uuid        not null,
    status               text        not null,
    created_at           timestamptz not null,
    sent_at              timestamptz,
    outcome_published_at timestamptz,
    constraint notification_once_per_event_recipient_template unique (event_id, recipient, template),
    constraint notification_status_known check (status in ('PENDING', 'SENT')),
    constraint notification_sent_at_iff_sent check ((status = 'SENT') = (sent_at is not null))
);

create index notification_member_id_idx on notification (member_id);
create index notification_intro_id_idx on notification (intro_id);
