-- The links that act for one person leave the stored bodies, which the member behind an email reads through the API:
-- the target's opt-in link (whoever holds it answers for the target) and each email's unsubscribe link (whoever
-- holds it unsubscribes the recipient). The bodies hold placeholders, [[secret-link:<link>:<notification id>]], that
-- the dispatcher fills in only in what it hands to the SMTP server. The opt-in link waits beside the bodies until the
-- email's outcome is published; the unsubscribe link is signed again from the notification id.
alter table notification add column opt_in_url text;

-- Emails recorded before: the opt-in link stands on a line of its own in the plain text body
update notification
set opt_in_url = substring(text_body from 'https?://\S+/optin/\S+')
where template in ('OPT_IN_REQUEST', 'OPT_IN_REMINDER') and text_body is not null;

-- ... and in the HTML body as the template escaped it
update notification
set text_body = replace(text_body, opt_in_url, '[[secret-link:opt-in:' || id || ']]'),
    html_body = replace(html_body,
        replace(replace(replace(replace(replace(opt_in_url, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
            '''', '&#39;'),
        '[[secret-link:opt-in:' || id || ']]')
where opt_in_url is not null;

-- A digest of held mail carries the bodies of its emails, links included
do $$
declare
    carried record;
begin
    for carried in select id, digest_id, opt_in_url from notification
                   where digest_id is not null and opt_in_url is not null loop
        update notification
        set text_body = replace(text_body, carried.opt_in_url, '[[secret-link:opt-in:' || carried.id || ']]'),
            html_body = replace(html_body, replace(carried.opt_in_url, '&', '&amp;'),
                '[[secret-link:opt-in:' || carried.id || ']]')
        where id = carried.digest_id;
    end loop;
end
$$;

-- Every unsubscribe link names its notification before its signature
update notification
set text_body = regexp_replace(text_body,
        'https?://[^\s"<>]*/unsubscribe/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]+',
        '[[secret-link:unsubscribe:\1]]', 'g'),
    html_body = regexp_replace(html_body,
        'https?://[^\s"<>]*/unsubscribe/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]+',
        '[[secret-link:unsubscribe:\1]]', 'g')
where text_body like '%/unsubscribe/%' or html_body like '%/unsubscribe/%';

-- An email that left, or never will, needs its opt-in link no more
update notification set opt_in_url = null where status not in ('PENDING', 'HELD');
