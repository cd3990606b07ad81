-- The W3C traceparent of the intro event that asked for the email: the dispatcher sends later, on a thread of its
-- own, and restores it so that the send and the delivery outcome continue the event's trace. Null outside any trace.
alter table notification add column traceparent text;
