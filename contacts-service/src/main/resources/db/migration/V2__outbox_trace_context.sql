-- The W3C traceparent of the request that recorded the event: the relay publishes later, on a thread of its own, and
-- restores it so that the event continues the request's trace. Null for events recorded outside any trace.
alter table outbox_event add column traceparent text;
