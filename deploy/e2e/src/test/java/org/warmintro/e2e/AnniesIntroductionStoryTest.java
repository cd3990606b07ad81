package org.warmintro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.local.LocalPorts;
import org.warmintro.local.MemberTokens;
import org.warmintro.local.Topics;
import org.warmintro.local.demo.Annie;
import org.warmintro.local.demo.DemoLoader;
import org.warmintro.local.demo.DemoNetwork;

/**
 * The story of the README's "Try it", through the public interfaces only: REST, the emails people receive, and the
 * Kafka topics as another team reads them. The platform runs as the local run starts it.
 */
class AnniesIntroductionStoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTACTS = "http://localhost:" + LocalPorts.CONTACTS;
    private static final String REFERRAL = "http://localhost:" + LocalPorts.REFERRAL;
    private static final String NOTIFICATION = "http://localhost:" + LocalPorts.NOTIFICATION;
    private static final String CONNECTOR_EMAIL = "connector@members.example.org";

    @TempDir
    Path dataDir;

    private final Mailboxes mail = new Mailboxes();

    @Test
    void annieIsIntroducedWithEveryonesConsentAndForgottenWhenSheAsks() throws Exception {
        try (LocalRunProcess localRun = LocalRunProcess.start(dataDir);
                OutsideConsumer outsideTeam = new OutsideConsumer()) {
            localRun.awaitReady(Duration.ofMinutes(4));
            String token = MemberTokens.in(dataDir.resolve("jwt")).tokenFor("connector");
            Api api = new Api(token);
            DemoLoader connector = new DemoLoader(CONTACTS, REFERRAL, token);

            // 1. the connector imports their network
            DemoNetwork network = DemoNetwork.story();
            JsonNode imported = connector.importNetwork(network);
            assertThat(imported.path("created").asInt()).isGreaterThanOrEqualTo(300);
            assertThat(imported.path("errors")).isEmpty();
            connector.describeNetwork(network);

            // 2. Annie introduces herself, and the connector logs the help she gave
            String annie = connector.addAnnie();

            // 3. her matches: in her field, held by people with influence, not all from one company
            JsonNode matches = connector.awaitMatches(annie, 10).path("matches");
            List<JsonNode> top = new ArrayList<>();
            matches.forEach(top::add);
            assertThat(top).hasSizeGreaterThanOrEqualTo(5);
            for (JsonNode match : top.subList(0, 3)) {
                JsonNode target = connector.contact(match.path("targetId").asText());
                assertThat(target.path("field").asText()).isEqualTo("media and communication");
                assertThat(target.path("hiring").path("hiringInfluence").asBoolean()).isTrue();
                assertThat(match.path("reasons")).isNotEmpty();
            }
            assertThat(connector.contact(top.get(0).path("targetId").asText()).path("location").asText())
                    .endsWith("Belgium");
            assertThat(top.stream().limit(5).map(match -> match.path("company").asText()).distinct().count())
                    .isGreaterThan(1);

            // 4. an intro to the best match: opt-in email, a link that changes nothing until accept, one double intro
            String first = top.get(0).path("targetId").asText();
            String firstEmail = connector.contact(first).path("email").asText();
            String accepted = propose(api, annie, first, top.get(0).path("roleTitle").asText());
            MimeMessage optIn = awaitOneEmail(firstEmail);
            String link = Mailboxes.optInLink(optIn);
            assertThat(api.get(link).status()).isEqualTo(200);
            assertThat(intro(api, accepted).path("state").asText()).isEqualTo("OPT_IN_REQUESTED");
            assertThat(api.pressButton(link + "/accept").status()).isEqualTo(200);

            MimeMessage doubleIntro = awaitOneEmail(Annie.EMAIL);
            assertThat(addresses(doubleIntro, Message.RecipientType.TO)).containsExactlyInAnyOrder(Annie.EMAIL,
                    firstEmail);
            assertThat(addresses(doubleIntro, Message.RecipientType.CC)).containsExactly(CONNECTOR_EMAIL);
            Awaitility.await().atMost(PATIENCE).until(() -> intro(api, accepted).path("state").asText(),
                    "INTRODUCED"::equals);
            assertThat(mail.inbox(firstEmail)).hasSize(2);
            assertThat(mail.inbox(CONNECTOR_EMAIL)).hasSize(1);

            // 5. a second target declines: the connector gets the note, Annie nothing more
            JsonNode secondMatch = top.stream().filter(match -> !match.path("targetId").asText().equals(first))
                    .findFirst().orElseThrow();
            String second = secondMatch.path("targetId").asText();
            String declined = propose(api, annie, second, secondMatch.path("roleTitle").asText());
            String secondEmail = connector.contact(second).path("email").asText();
            assertThat(api.pressButton(Mailboxes.optInLink(awaitOneEmail(secondEmail)) + "/decline").status())
                    .isEqualTo(200);
            Awaitility.await().atMost(PATIENCE).until(() -> mail.inbox(CONNECTOR_EMAIL).size() == 2);
            assertThat(intro(api, declined).path("state").asText()).isEqualTo("DECLINED");
            assertThat(mail.inbox(Annie.EMAIL)).hasSize(1);

            // 6. the outcome
            assertThat(api.post(REFERRAL + "/api/v1/intros/" + accepted + "/outcome", "{\"outcome\": \"HIRED\"}")
                    .status()).isEqualTo(200);

            // 6b. a third target has not answered yet: nothing the connector can read holds that target's link, or
            // any link the platform sent to someone else, and no link-like string they can read accepts the intro
            JsonNode thirdMatch = top.stream().filter(match -> !List.of(first, second)
                    .contains(match.path("targetId").asText())).findFirst().orElseThrow();
            String third = thirdMatch.path("targetId").asText();
            String waiting = propose(api, annie, third, thirdMatch.path("roleTitle").asText());
            String thirdEmail = connector.contact(third).path("email").asText();
            MimeMessage thirdOptIn = awaitOneEmail(thirdEmail);
            List<String> othersLinks = new ArrayList<>();
            for (String address : List.of(firstEmail, secondEmail, thirdEmail, Annie.EMAIL)) {
                mail.inbox(address).forEach(email -> othersLinks.addAll(Mailboxes.personalLinkTokens(email)));
            }
            assertThat(othersLinks).isNotEmpty();
            List<MemberReach.Reading> readings = new MemberReach(api).readEverything(
                    List.of(CONTACTS, REFERRAL, NOTIFICATION),
                    readableIds(api, List.of(annie, first, second, third), List.of(accepted, declined, waiting)));
            assertThat(readings).filteredOn(reading -> reading.status() == 200).hasSizeGreaterThan(20);
            for (MemberReach.Reading reading : readings) {
                assertThat(othersLinks).as(reading.url()).noneMatch(reading.body()::contains);
                for (String readable : Mailboxes.personalLinks(reading.body())) {
                    assertThat(api.pressButton(readable + "/accept").status()).as(readable).isNotEqualTo(200);
                }
            }
            for (MimeMessage email : mail.inbox(CONNECTOR_EMAIL)) {
                assertThat(othersLinks).noneMatch(Mailboxes.text(email)::contains);
            }
            assertThat(intro(api, waiting).path("state").asText()).isEqualTo("OPT_IN_REQUESTED");
            assertThat(api.pressButton(Mailboxes.optInLink(thirdOptIn) + "/accept").status()).isEqualTo(200);
            assertThat(intro(api, waiting).path("state").asText()).isNotEqualTo("OPT_IN_REQUESTED");

            // 7. another team read every event: valid CloudEvents, data as the contracts say, in order per key
            Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                    types(outsideTeam.of(Topics.REFERRAL_INTROS, accepted))).containsExactly(
                            "referral.intro.proposed.v1", "referral.intro.opt-in-requested.v1",
                            "referral.intro.accepted.v1", "referral.intro.introduced.v1",
                            "referral.intro.outcome-recorded.v1"));
            assertThat(types(outsideTeam.of(Topics.REFERRAL_INTROS, declined))).containsExactly(
                    "referral.intro.proposed.v1", "referral.intro.opt-in-requested.v1", "referral.intro.declined.v1");
            assertThat(outsideTeam.records().stream().flatMap(record -> contractBreaches(record).stream()).toList())
                    .isEmpty();
            assertThat(versions(outsideTeam.of(Topics.CONTACT_PROFILES, annie))).isSorted();
            assertThat(outsideTeam.records().stream().map(ConsumerRecord::topic).collect(Collectors.toSet()))
                    .contains(Topics.CONTACT_PROFILES, Topics.REFERRAL_INTROS, Topics.NOTIFICATION_DELIVERIES);

            // 8. Annie asks to be forgotten
            assertThat(api.delete(CONTACTS + "/api/v1/contacts/" + annie).status()).isEqualTo(204);
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(api.get(CONTACTS + "/api/v1/contacts/" + annie).status()).isEqualTo(404);
                assertThat(api.get(REFERRAL + "/api/v1/seekers/" + annie + "/matches").status()).isEqualTo(404);
                assertThat(api.get(REFERRAL + "/api/v1/intros?seekerId=" + annie).body())
                        .doesNotContain(Annie.FULL_NAME).doesNotContain(Annie.EMAIL);
                assertThat(outsideTeam.of(Topics.CONTACT_PROFILES, annie)).last()
                        .satisfies(tombstone -> assertThat(tombstone.value()).isNull());
                for (String intro : List.of(accepted, declined)) {
                    Api.Answer emails = api.get(NOTIFICATION + "/api/v1/notifications?introId=" + intro);
                    assertThat(emails.body()).doesNotContain(Annie.FULL_NAME).doesNotContain(Annie.EMAIL);
                    for (JsonNode email : emails.json().path("items")) {
                        assertThat(api.get(NOTIFICATION + "/api/v1/notifications/" + email.path("id").asText()
                                + "/preview").status()).isEqualTo(404);
                    }
                    assertThat(types(outsideTeam.of(Topics.REFERRAL_INTROS, intro)))
                            .endsWith("referral.intro.erased.v1");
                }
            });
            assertThat(outsideTeam.records().stream().flatMap(record -> contractBreaches(record).stream()).toList())
                    .isEmpty();
        }
    }

    private static String propose(Api api, String seeker, String target, String roleTitle) {
        Api.Answer answer = api.post(REFERRAL + "/api/v1/intros", "{\"seekerId\": \"" + seeker + "\", \"targetId\": \""
                + target + "\", \"roleTitle\": \"" + roleTitle + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    /** The ids a member may name in a URL: the contacts and intros given, and their notifications. */
    private static List<String> readableIds(Api api, List<String> contacts, List<String> intros) {
        List<String> ids = new ArrayList<>(contacts);
        ids.addAll(intros);
        api.get(NOTIFICATION + "/api/v1/notifications?size=100").json().path("items")
                .forEach(email -> ids.add(email.path("id").asText()));
        return ids;
    }

    private static JsonNode intro(Api api, String id) {
        return api.get(REFERRAL + "/api/v1/intros/" + id).json();
    }

    private MimeMessage awaitOneEmail(String address) {
        return Awaitility.await().atMost(PATIENCE).until(() -> mail.inbox(address), inbox -> !inbox.isEmpty())
                .get(0);
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type) throws Exception {
        return message.getRecipients(type) == null ? List.of()
                : Arrays.stream(message.getRecipients(type)).map(address -> ((jakarta.mail.internet.InternetAddress)
                        address).getAddress()).toList();
    }

    /** What makes a record something other than a CloudEvent whose data conforms to its schema in the contracts. */
    private static List<String> contractBreaches(ConsumerRecord<String, String> record) {
        List<String> breaches = new ArrayList<>();
        for (String attribute : List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time")) {
            if (header(record, attribute) == null || header(record, attribute).isBlank()) {
                breaches.add(record.topic() + " " + record.key() + ": no " + attribute);
            }
        }
        String type = header(record, "ce_type");
        if (type != null) {
            EventSchemas.violations(type, record.value())
                    .forEach(violation -> breaches.add(type + " " + record.key() + ": " + violation));
        }
        return breaches;
    }

    private static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> header(record, "ce_type")).distinct().toList();
    }

    private static List<Long> versions(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(record -> record.value() != null)
                .map(record -> readJson(record.value()).path("version").asLong()).toList();
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
