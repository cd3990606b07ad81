package org.warmintro.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

class DeadLetterTopicsTest {

    @Test
    void aServiceMayReplayOnlyTheDeadLetterTopicsOfItsOwnChannels() {
        DeadLetterTopics topics = new DeadLetterTopics(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(
                        "mp.messaging.incoming.contact-profiles.topic", "contacts.profiles.v1",
                        "mp.messaging.incoming.contact-profiles.failure-strategy", "dead-letter-queue",
                        "mp.messaging.incoming.contact-profiles.dead-letter-queue.topic", "contacts.profiles.v1.dlq",
                        "mp.messaging.incoming.prices.failure-strategy", "dead-letter-queue",
                        "mp.messaging.incoming.clicks.topic", "clicks.v1",
                        "mp.messaging.incoming.clicks.failure-strategy", "ignore",
                        "mp.messaging.outgoing.intro-events.topic", "referrals.intros.v1"), "application", 100))
                .build());

        assertThat(topics.all()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "contacts.profiles.v1.dlq", "contacts.profiles.v1",
                "dead-letter-topic-prices", "prices"));
        assertThat(topics.sourceOf("clicks.v1")).isEmpty();
        assertThat(topics.sourceOf("contacts.profiles.v1")).isEmpty();
    }
}
