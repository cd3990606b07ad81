package org.warmintro.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The topics of the platform, created up front with the partitions and cleanup policy the design gives them.
 * The Kubernetes {@code KafkaTopic} resources in {@code deploy/k8s} carry the same settings.
 */
public final class Topics {

    public static final String CONTACT_PROFILES = "contacts.profiles.v1";
    public static final String REFERRAL_INTROS = "referrals.intros.v1";
    public static final String NOTIFICATION_DELIVERIES = "notifications.deliveries.v1";
    /**
     * referral-service's own: its profile changes re-keyed by member, so that one replica holds each member's matching
     * state (referral-service/MATCHING.md). Ids only, kept a week; not a contract for other teams.
     */
    public static final String MEMBER_CHANGES = "referral.member-changes.v1";

    /** Six partitions: enough consumers per service to scale out, within a 2-core broker's comfort. */
    public static final int PARTITIONS = 6;

    private Topics() {
    }

    public static List<NewTopic> all() {
        return List.of(
                // a full snapshot per contact: compaction keeps the latest, a tombstone erases the person
                topic(CONTACT_PROFILES, TopicConfig.CLEANUP_POLICY_COMPACT),
                topic(deadLetter(CONTACT_PROFILES), TopicConfig.CLEANUP_POLICY_DELETE),
                topic(REFERRAL_INTROS, TopicConfig.CLEANUP_POLICY_DELETE),
                topic(deadLetter(REFERRAL_INTROS), TopicConfig.CLEANUP_POLICY_DELETE),
                topic(NOTIFICATION_DELIVERIES, TopicConfig.CLEANUP_POLICY_DELETE),
                topic(deadLetter(NOTIFICATION_DELIVERIES), TopicConfig.CLEANUP_POLICY_DELETE),
                topic(MEMBER_CHANGES, TopicConfig.CLEANUP_POLICY_DELETE)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                                TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(7).toMillis()))));
    }

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private static NewTopic topic(String name, String cleanupPolicy) {
        return new NewTopic(name, PARTITIONS, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy));
    }
}
