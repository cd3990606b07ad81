-- An email beyond its recipient's cap is HELD: it joins that recipient's next digest of held mail (digest_id), one
-- email that carries them all when the cap lets one more through, and is SENT, FAILED or SUPPRESSED with it.
alter table notification
    add column digest_id        uuid references notification (id),
    add column recipient_locale text;

alter table notification drop constraint notification_status_known;
alter table notification
    add constraint notification_status_known check (status in ('PENDING', 'HELD', 'SENT', 'FAILED', 'SUPPRESSED'));

create index notification_held_idx on notification (lower(recipient), member_id) where status = 'HELD';
create index notification_digest_id_idx on notification (digest_id) where digest_id is not null;
