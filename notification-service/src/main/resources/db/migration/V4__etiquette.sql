-- Quiet hours are the recipient's: the time zone their event gave, if any. The cap counts what a recipient got in
-- the last day, whatever case an event spelt their address in.
alter table notification add column recipient_time_zone text;

create index notification_recipient_sent_at_idx on notification (lower(recipient), sent_at) where status = 'SENT';
