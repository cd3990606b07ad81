-- Accent- and case-insensitive words, without stemming: a network mixes English, French, Dutch and names.
create extension if not exists unaccent;
-- lets one GIN index hold the member and the words, so a search reads only the member's own cards
create extension if not exists btree_gin;
create text search configuration contact_search (copy = simple);
alter text search configuration contact_search
    alter mapping for hword, hword_part, word with unaccent, simple;

create table contact (
    id                       uuid primary key,
    member_id                text        not null,
    full_name                text        not null,
    email                    text,
    profile_url              text,
    headline                 text,
    company                  text,
    title                    text,
    seniority                text,
    field                    text,
    skills                   text[]      not null default '{}',
    location                 text,
    timezone                 text,
    locale                   text,
    tags                     text[]      not null default '{}',
    relationship_strength    smallint,
    how_we_met               text,
    last_interaction_at      timestamptz,
    value_given              integer     not null default 0,
    value_received           integer     not null default 0,
    intros_allowed           boolean     not null default true,
    max_intros_per_30_days   smallint    not null default 2,
    seeking                  jsonb,
    hiring                   jsonb,
    search_vector            tsvector,
    version                  bigint      not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null
);

-- one card per person in a member's network: an email, else a profile URL, identifies the person
create unique index contact_member_email on contact (member_id, email) where email is not null;
create unique index contact_member_profile_url on contact (member_id, profile_url) where profile_url is not null;
create index contact_member_name on contact (member_id, full_name, id);
create index contact_search on contact using gin (member_id, search_vector);
create index contact_skills on contact using gin (member_id, skills);
create index contact_tags on contact using gin (member_id, tags);

create table contact_note (
    id          uuid primary key,
    contact_id  uuid        not null references contact (id) on delete cascade,
    body        text        not null,
    created_at  timestamptz not null
);
create index contact_note_contact on contact_note (contact_id, created_at);

create table interaction (
    id           uuid primary key,
    contact_id   uuid        not null references contact (id) on delete cascade,
    kind         text        not null,
    direction    text        not null,
    summary      text,
    occurred_at  timestamptz not null,
    created_at   timestamptz not null
);
create index interaction_contact on interaction (contact_id, occurred_at);

-- Events written in the same transaction as the change they describe; the relay publishes them in id order and
-- deletes them once Kafka has acknowledged them.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid        not null unique,
    event_type    text        not null,
    aggregate_id  uuid        not null,
    payload       text,
    occurred_at   timestamptz not null
);
