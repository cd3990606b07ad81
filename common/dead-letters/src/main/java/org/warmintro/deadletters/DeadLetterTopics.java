package org.warmintro.deadletters;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

/**
 * The dead-letter topics of this service's incoming channels, each with the topic its records came from, as the
 * channels are configured ({@code mp.messaging.incoming.<channel>.failure-strategy=dead-letter-queue}). Only these may
 * be read and replayed: a service sends back only what it parked itself.
 */
@ApplicationScoped
public class DeadLetterTopics {

    private static final Pattern FAILURE_STRATEGY =
            Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.failure-strategy");

    private final Map<String, String> sourceByDeadLetterTopic = new TreeMap<>();

    DeadLetterTopics(Config config) {
        for (String name : config.getPropertyNames()) {
            Matcher channel = FAILURE_STRATEGY.matcher(name);
            if (channel.matches() && config.getOptionalValue(name, String.class)
                    .filter("dead-letter-queue"::equals).isPresent()) {
                String prefix = "mp.messaging.incoming." + channel.group(1) + ".";
                // the defaults of the Kafka connector: the channel's name, and dead-letter-topic-<channel>
                String source = config.getOptionalValue(prefix + "topic", String.class).orElse(channel.group(1));
                String deadLetterTopic = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                        .orElse("dead-letter-topic-" + channel.group(1));
                sourceByDeadLetterTopic.put(deadLetterTopic, source);
            }
        }
    }

    /** Dead-letter topic to the topic its records came from. */
    public Map<String, String> all() {
        return Map.copyOf(sourceByDeadLetterTopic);
    }

    public Optional<String> sourceOf(String deadLetterTopic) {
        return Optional.ofNullable(sourceByDeadLetterTopic.get(deadLetterTopic));
    }
}
