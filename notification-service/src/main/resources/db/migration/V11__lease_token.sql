-- Which lease a dispatcher holds on a notification: a new token each time one is taken. A dispatcher records what
-- became of an email only while the row still carries its token and is still PENDING, so that one whose lease ran
-- out, and was taken over by another, writes nothing, and a suppression made while the email was leaving stays.
alter table notification add column lease_token uuid;
