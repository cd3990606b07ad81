-- Addresses that asked for no more email. Stored in lower case: the same mailbox is suppressed however an event
-- spells it.
create table suppression (
    address       text        primary key,
    suppressed_at timestamptz not null,
    constraint suppression_address_lower_case check (address = lower(address))
);

-- A notification whose recipient unsubscribed before it went out is SUPPRESSED rather than sent.
alter table notification add column suppressed_at timestamptz;
alter table notification drop constraint notification_status_known;
alter table notification
    add constraint notification_status_known check (status in ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
    add constraint notification_suppressed_at_iff_suppressed
        check ((status = 'SUPPRESSED') = (suppressed_at is not null));
