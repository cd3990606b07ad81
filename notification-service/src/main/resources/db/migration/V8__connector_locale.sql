-- The connector's language and time zone, as the intro events now give them: their digest is written in their
-- language and waits for their morning.
alter table digest_item
    add column connector_locale    text,
    add column connector_time_zone text;
