-- The name to greet a person by (Annie for Annie Wang): imports know it (LinkedIn's First Name, a vCard's N), a full
-- name alone does not say which word it is. Null for the cards written before, and whenever the card does not say.
alter table contact add column given_name text;
