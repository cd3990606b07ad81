-- How many cards each member's network holds, kept by the database as cards come and go, so that the quota check of
-- a new card reads one row where it counted the network (NetworkQuota). The row is also the member's quota lock:
-- whatever adds cards locks it first, and so does an erase, so that they take the row and then the cards, in one order.
create table network_size (
    member_id text    primary key,
    contacts  integer not null
);

insert into network_size (member_id, contacts) select member_id, count(*) from contact group by member_id;

-- per statement, over the rows it changed: an import's batch of inserts updates the row once
create function count_added_contacts() returns trigger language plpgsql as $$
begin
    insert into network_size as n (member_id, contacts)
    select member_id, count(*) from added group by member_id
    on conflict (member_id) do update set contacts = n.contacts + excluded.contacts;
    return null;
end
$$;

create function count_removed_contacts() returns trigger language plpgsql as $$
begin
    update network_size n set contacts = n.contacts - removed_by_member.contacts
    from (select member_id, count(*) as contacts from removed group by member_id) removed_by_member
    where n.member_id = removed_by_member.member_id;
    return null;
end
$$;

create trigger contact_added after insert on contact referencing new table as added
    for each statement execute function count_added_contacts();
create trigger contact_removed after delete on contact referencing old table as removed
    for each statement execute function count_removed_contacts();
