-- What a connector hears of in their digest rather than one email per event: new suggestions and intros that
-- expired. The event id as key makes a replayed event add nothing; notification_id says which digest carried it.
create table digest_item (
    event_id        text        primary key,
    member_id       text        not null,
    intro_id        uuid        not null,
    kind            text        not null,
    connector_name  text        not null,
    connector_email text        not null,
    seeker_name     text        not null,
    target_name     text        not null,
    role_title      text,
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null,
    notification_id uuid        references notification (id),
    constraint digest_item_kind_known check (kind in ('SUGGESTED', 'EXPIRED'))
);

create index digest_item_waiting_idx on digest_item (member_id, recorded_at) where notification_id is null;
