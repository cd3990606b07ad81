-- The name to greet the connector by, as the intro events now give it (or the first word of their name). Null in
-- the lines recorded before: their digest greets by the first word of connector_name.
alter table digest_item add column connector_given_name text;
