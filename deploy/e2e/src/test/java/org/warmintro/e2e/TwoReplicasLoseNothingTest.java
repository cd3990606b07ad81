package org.warmintro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmintro.local.KafkaBroker;
import org.warmintro.local.LocalPorts;
import org.warmintro.local.MemberTokens;
import org.warmintro.local.ServiceInstances;
import org.warmintro.local.Topics;

/**
 * Two instances of each service share the work of 20 members whose 200 seekers and hiring contacts change 2,000
 * times, spread over both contacts-service instances, while intros are proposed and accepted through to the double
 * intro emails. Midway something goes: one instance of each service, killed with SIGKILL, or the Kafka broker,
 * killed and started again. Nothing is lost: every email goes out once, every event is on its topic, the killed
 * instances' partitions are taken over within 10 s, and every seeker's stored matches are those computed afresh.
 */
class TwoReplicasLoseNothingTest {

    private static final int MEMBERS = 20;
    private static final int SEEKERS_EACH = 4;
    private static final int HIRING_EACH = 6;
    private static final int CHANGES = 2_000;
    private static final int WRITERS = 4;
    /** The disruption comes after half the changes; the stream goes on meanwhile, but not beyond this. */
    private static final int DISRUPT_AFTER = CHANGES / 2;
    private static final int PAUSE_FROM = DISRUPT_AFTER + 200;
    /** The intros of each member: its first seekers, each to one of its hiring contacts. */
    private static final int INTROS_EACH = 2;
    private static final Duration HANDOVER_LIMIT = Duration.ofSeconds(10);
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** How long the stream may take to its middle: a few changes a second on two busy cores. */
    private static final Duration STREAM_PATIENCE = Duration.ofMinutes(5);
    /** Seven services start at once: on two busy cores they take minutes. */
    private static final Duration READY_PATIENCE = Duration.ofMinutes(8);
    private static final List<String> SERVICES = List.of("contacts-service", "referral-service",
            "notification-service");
    /** The consumer groups of the services, as their configuration names them; those with members are watched. */
    private static final List<String> GROUPS = List.of("referral-service", "referral-service.matching",
            "notification-service");
    private static final List<String> INTRO_TRANSITIONS = List.of("referral.intro.proposed.v1",
            "referral.intro.opt-in-requested.v1", "referral.intro.accepted.v1", "referral.intro.introduced.v1");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final Mailboxes mail = new Mailboxes();

    /** An intro the test proposed: who is introduced to whom, with their email addresses, by which member. */
    private record Intro(String id, ChangingNetworks.Member member, String seeker, String seekerEmail, String target,
            String targetEmail) {
    }

    @Test
    void oneInstanceOfEachServiceKilledMidStreamLosesNoEventNoEmailAndNoMatch() throws Exception {
        try (LocalRunProcess localRun = LocalRunProcess.start(dataDir, "--replicas", "2")) {
            localRun.awaitReady(READY_PATIENCE);
            killOneInstanceOfEachService();
        }
    }

    private void killOneInstanceOfEachService() throws Exception {
        try (ConsumerGroups groups = new ConsumerGroups()) {
            AtomicReference<CompletableFuture<Map<String, Duration>>> handover = new AtomicReference<>();
            Set<String> watched = new HashSet<>();
            Played played = play(() -> {
                Map<String, ConsumerGroupDescription> before = groups.describe(GROUPS);
                watched.addAll(before.keySet());
                for (ConsumerGroupDescription group : before.values()) {
                    String service = group.groupId().replaceFirst("\\..*", "");
                    assertThat(ConsumerGroups.clients(group)).as("members of %s", group.groupId())
                            .anyMatch(client -> client.startsWith(service + "-0-"))
                            .anyMatch(client -> client.startsWith(service + "-1-"));
                }
                Instant killedAt = Instant.now();
                List<String> gone = new ArrayList<>();
                for (String service : SERVICES) {
                    ServiceInstances.Instance killed = ServiceInstances.of(dataDir, service).get(1);
                    ProcessHandle.of(killed.pid()).orElseThrow().destroyForcibly();
                    gone.add(service + "-1-");
                }
                System.out.printf("Killed replica 1 of %s with SIGKILL; watching groups %s%n", SERVICES,
                        before.keySet());
                // measured beside the stream, which goes on through the surviving instances
                handover.set(CompletableFuture.supplyAsync(
                        () -> groups.handover(before, gone, killedAt, Duration.ofSeconds(60))));
                return killedAt;
            });

            Map<String, Duration> handovers = handover.get().get(70, TimeUnit.SECONDS);
            for (String group : watched) {
                Duration took = handovers.get(group);
                System.out.println(took == null ? "Partitions of group " + group + " not taken over within 60 s"
                        : String.format("Partitions of group %s taken over after %.1f s", group,
                                took.toMillis() / 1000.0));
            }
            check(played);
            assertThat(handovers).as("groups whose partitions were all taken over").containsKeys(
                    "referral-service", "notification-service");
            assertThat(handovers.values()).allSatisfy(took -> assertThat(took).isLessThanOrEqualTo(HANDOVER_LIMIT));
        }
    }

    @Test
    void theBrokerKilledMidStreamAndStartedAgainLosesNoEventNoEmailAndNoMatch() throws Exception {
        BrokerRestart restart = new BrokerRestart();
        // the restarted broker outlives the local run, whose services commit to it as they stop
        try (restart; LocalRunProcess localRun = LocalRunProcess.start(dataDir, "--replicas", "2")) {
            localRun.awaitReady(READY_PATIENCE);
            Played played = play(() -> {
                ProcessHandle broker = ProcessHandle.of(ServiceInstances.kafkaPid(dataDir)).orElseThrow();
                Instant killedAt = Instant.now();
                broker.destroyForcibly();
                broker.onExit().get(10, TimeUnit.SECONDS);
                System.out.println("Killed the Kafka broker with SIGKILL; starting it again on the same data");
                restart.broker = KafkaBroker.start(dataDir.resolve("kafka"), LocalPorts.KAFKA,
                        LocalPorts.KAFKA_CONTROLLER, Topics.all());
                System.out.printf("The broker was away for %.1f s%n",
                        Duration.between(killedAt, Instant.now()).toMillis() / 1000.0);
                return killedAt;
            });
            check(played);
        }
    }

    /** The broker the test started again, stopped after the local run. */
    private static final class BrokerRestart implements AutoCloseable {

        private volatile KafkaBroker broker;

        @Override
        public void close() {
            if (broker != null) {
                broker.close();
            }
        }
    }

    @FunctionalInterface
    private interface Disruption {
        /** Does it, and answers when it began. */
        Instant disrupt() throws Exception;
    }

    /** What the scenario left to check. */
    private record Played(ChangingNetworks networks, List<Intro> intros, Instant disruptedAt,
            ReplicatedService contacts, ReplicatedService referral, ReplicatedService notification) {
    }

    /**
     * Creates the networks and streams their changes over both contacts-service instances; proposes the intros and
     * accepts each as soon as its opt-in email arrives; halfway through the stream, {@code disruption}; waits until
     * the stream is done and every intro's double intro email went out.
     */
    private Played play(Disruption disruption) throws Exception {
        Instant start = Instant.now();
        ReplicatedService contacts = ReplicatedService.of(dataDir, "contacts-service");
        ReplicatedService referral = ReplicatedService.of(dataDir, "referral-service");
        ReplicatedService notification = ReplicatedService.of(dataDir, "notification-service");
        ChangingNetworks networks = new ChangingNetworks(contacts, MemberTokens.in(dataDir.resolve("jwt")),
                MEMBERS, SEEKERS_EACH, HIRING_EACH);
        CountDownLatch created = new CountDownLatch(WRITERS);
        CountDownLatch proposed = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        // the intros are proposed on the networks as created, the changes stream on beyond the disruption only once
        // it happened
        NavigableMap<Integer, CountDownLatch> gates = new TreeMap<>(Map.of(networks.creations(), proposed,
                PAUSE_FROM, resume));
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            List<CompletableFuture<Void>> stream = IntStream.range(0, WRITERS).mapToObj(writer -> CompletableFuture
                    .runAsync(() -> networks.write(writer, WRITERS, CHANGES, created, gates), writers)).toList();
            awaitOrFail(created, stream, "the networks' creation");
            System.out.printf("%d contacts created after %.1f s%n", MEMBERS * (SEEKERS_EACH + HIRING_EACH),
                    Duration.between(start, Instant.now()).toMillis() / 1000.0);
            List<Intro> intros = propose(networks, referral);
            proposed.countDown();
            System.out.printf("%d intros proposed after %.1f s%n", intros.size(),
                    Duration.between(start, Instant.now()).toMillis() / 1000.0);
            CompletableFuture<Void> accepting = CompletableFuture.runAsync(() -> accept(intros, referral), writers);

            Awaitility.await().atMost(STREAM_PATIENCE).until(() -> networks.changes() >= DISRUPT_AFTER
                    || stream.stream().anyMatch(CompletableFuture::isCompletedExceptionally));
            Instant disruptedAt = disruption.disrupt();
            System.out.printf("Disrupted after %d changes, %.1f s%n", networks.changes(),
                    Duration.between(start, disruptedAt).toMillis() / 1000.0);
            resume.countDown();

            CompletableFuture.allOf(stream.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            accepting.get(5, TimeUnit.MINUTES);
            System.out.printf("%d changes made and %d intros accepted after %.1f s; requests sent again to the "
                    + "other instance: contacts %d, referral %d%n", networks.changes(), intros.size(),
                    Duration.between(start, Instant.now()).toMillis() / 1000.0, contacts.failovers(),
                    referral.failovers());
            return new Played(networks, intros, disruptedAt, contacts, referral, notification);
        } finally {
            proposed.countDown();
            resume.countDown();
            writers.shutdownNow();
        }
    }

    private static void awaitOrFail(CountDownLatch latch, List<CompletableFuture<Void>> work, String what)
            throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!latch.await(200, TimeUnit.MILLISECONDS)) {
            for (CompletableFuture<Void> part : work) {
                if (part.isCompletedExceptionally()) {
                    part.get();
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not finish within " + PATIENCE);
            }
        }
    }

    /** Each member's first seekers, each to one of the member's hiring contacts, once referral-service knows both. */
    private static List<Intro> propose(ChangingNetworks networks, ReplicatedService referral) {
        List<Intro> intros = new ArrayList<>();
        for (ChangingNetworks.Member member : networks.members()) {
            for (int i = 0; i < INTROS_EACH; i++) {
                String seeker = member.seekers().get(i);
                String target = member.hiring().get(i);
                String request = "{\"seekerId\": \"" + seeker + "\", \"targetId\": \"" + target + "\"}";
                // 404 until the profile events of both reached referral-service, 409 until the seeker's profile did
                Api.Answer proposed = Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                        .until(() -> referral.post(member.token(), "/api/v1/intros", request),
                                answer -> answer.status() == 201 || !List.of(404, 409).contains(answer.status())
                                        || answer.body().contains("intro-exists"));
                assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
                intros.add(new Intro(proposed.json().path("id").asText(), member, seeker, networks.email(seeker),
                        target, networks.email(target)));
            }
        }
        return intros;
    }

    /** Accepts each intro with the link of the opt-in email its target received, as soon as it did. */
    private void accept(List<Intro> intros, ReplicatedService referral) {
        for (Intro intro : intros) {
            String target = intro.targetEmail();
            MimeMessage optIn = Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                    .until(() -> mail.inbox(target), inbox -> !inbox.isEmpty()).get(0);
            // the link names the first instance, as it would the load balancer; any instance answers it
            String path = URI.create(Mailboxes.optInLink(optIn)).getPath();
            Api.Answer accepted = referral.pressButton(path + "/accept");
            assertThat(accepted.status()).as("accepting %s: %s", intro.id(), accepted.body()).isEqualTo(200);
        }
    }

    private void check(Played played) throws Exception {
        Instant start = Instant.now();
        checkEmails(played);
        checkIntroTopic(played);
        checkProfileTopic(played);
        checkDeliveryTopic(played);
        System.out.printf("Emails and topics checked after %.1f s%n",
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
        checkMatches(played);
    }

    /**
     * Every intro's target got the opt-in email and the double intro, its seeker the double intro, its member a
     * copy of it; no email arrived twice (the same Message-ID), and none other came.
     */
    private void checkEmails(Played played) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Intro intro : played.intros()) {
            expected.merge(intro.targetEmail(), 2, Integer::sum);
            expected.merge(intro.seekerEmail(), 1, Integer::sum);
            expected.merge(intro.member().email(), 1, Integer::sum);
        }
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (Intro intro : played.intros()) {
                assertThat(mail.inbox(intro.seekerEmail())).as("double intro of %s", intro.id()).isNotEmpty();
            }
        });
        // a second copy of an email, if any went, comes right behind the first: a moment for it to show
        Awaitility.await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        Set<String> messageIds = new HashSet<>();
        for (Map.Entry<String, Integer> inbox : expected.entrySet()) {
            List<String> ids = mail.inbox(inbox.getKey()).stream().map(TwoReplicasLoseNothingTest::messageId)
                    .toList();
            assertThat(ids).as("Message-IDs of the emails to %s", inbox.getKey()).doesNotHaveDuplicates()
                    .hasSize(inbox.getValue());
            messageIds.addAll(ids);
        }
        for (Intro intro : played.intros()) {
            MimeMessage doubleIntro = mail.inbox(intro.seekerEmail()).get(0);
            assertThat(addresses(doubleIntro, Message.RecipientType.TO))
                    .containsExactlyInAnyOrder(intro.seekerEmail(), intro.targetEmail());
            assertThat(addresses(doubleIntro, Message.RecipientType.CC)).containsExactly(intro.member().email());
        }
        System.out.printf("%d emails, each once: an opt-in and a double intro for each of %d intros%n",
                messageIds.size(), played.intros().size());
        assertThat(messageIds).hasSize(2 * played.intros().size());
    }

    /** Every transition of every intro is on referrals.intros.v1, in order, the introduction included. */
    private static void checkIntroTopic(Played played) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, List<String>> types = TopicContents.of(Topics.REFERRAL_INTROS).stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(
                            record -> TopicContents.header(record, "ce_type"), Collectors.toList())));
            for (Intro intro : played.intros()) {
                assertThat(types.getOrDefault(intro.id(), List.of()).stream().distinct().toList())
                        .as("events of intro %s", intro.id()).containsExactlyElementsOf(INTRO_TRANSITIONS);
            }
        });
    }

    /**
     * contacts.profiles.v1 holds each contact's last version, and each contact's events in the order of their
     * versions; contacts-service published on after the disruption.
     */
    private static void checkProfileTopic(Played played) {
        Map<String, Long> versions = new HashMap<>();
        for (ChangingNetworks.Member member : played.networks().members()) {
            for (String id : member.contacts()) {
                Api.Answer card = played.contacts().get(member.token(), "/api/v1/contacts/" + id);
                assertThat(card.status()).isEqualTo(200);
                versions.put(id, card.json().path("version").asLong());
            }
        }
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records = TopicContents.of(Topics.CONTACT_PROFILES);
            Map<String, List<Long>> published = records.stream().filter(record -> record.value() != null)
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(
                            record -> json(record.value()).path("version").asLong(), Collectors.toList())));
            versions.forEach((id, version) -> {
                assertThat(published.get(id)).as("versions of contact %s on the topic", id).isNotNull().isSorted()
                        .endsWith(version);
            });
            long afterDisruption = records.stream()
                    .filter(record -> record.timestamp() > played.disruptedAt().toEpochMilli()).count();
            assertThat(afterDisruption).as("profile events published after the disruption").isPositive();
            System.out.printf("contacts.profiles.v1: the last version of each of %d contacts, %d events in all, %d "
                    + "published after the disruption%n", versions.size(), records.size(), afterDisruption);
        });
    }

    /** Each email sent has its notification.sent.v1 on notifications.deliveries.v1. */
    private static void checkDeliveryTopic(Played played) {
        Map<String, String> sent = new HashMap<>();
        for (Intro intro : played.intros()) {
            Api.Answer notifications = played.notification().get(intro.member().token(),
                    "/api/v1/notifications?introId=" + intro.id() + "&status=SENT");
            assertThat(notifications.status()).isEqualTo(200);
            notifications.json().path("items").forEach(item -> sent.put(item.path("id").asText(),
                    item.path("template").asText()));
        }
        assertThat(sent.values().stream().filter("DOUBLE_INTRO"::equals)).hasSize(played.intros().size());
        assertThat(sent.values().stream().filter("OPT_IN_REQUEST"::equals)).hasSize(played.intros().size());
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<String> published = TopicContents.of(Topics.NOTIFICATION_DELIVERIES).stream()
                    .filter(record -> "notification.sent.v1".equals(TopicContents.header(record, "ce_type")))
                    .map(record -> json(record.value()).path("notificationId").asText()).toList();
            assertThat(published).as("notification.sent.v1 events").containsAll(sent.keySet());
            System.out.printf("notifications.deliveries.v1: all %d emails sent, in %d notification.sent.v1 events%n",
                    sent.size(), published.size());
        });
    }

    /**
     * Every member's stored matches are those referral-service computes afresh from its store, as a single instance
     * does when it builds a member's lists: nothing the two instances did side by side, or a killed one left half
     * done, shows.
     */
    private void checkMatches(Played played) {
        String operator = MemberTokens.in(dataDir.resolve("jwt")).operatorToken();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (ChangingNetworks.Member member : played.networks().members()) {
                Api.Answer drift = played.referral().get(operator,
                        "/api/v1/admin/members/" + member.id() + "/match-drift");
                assertThat(drift.status()).as("match drift of %s: %s", member.id(), drift.body()).isEqualTo(200);
                assertThat(drift.json().path("seekersCompared").asInt()).as(drift.body()).isPositive();
                assertThat(drift.json().path("differing")).as(drift.body()).isEmpty();
            }
        });
        System.out.printf("The stored matches of all %d members' seekers are those computed afresh%n",
                played.networks().members().size());
    }

    private static String messageId(MimeMessage email) {
        try {
            return email.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type) {
        try {
            return message.getRecipients(type) == null ? List.of() : Arrays.stream(message.getRecipients(type))
                    .map(address -> ((InternetAddress) address).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + value, e);
        }
    }
}
