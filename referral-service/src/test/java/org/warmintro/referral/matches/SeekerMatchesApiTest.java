package org.warmintro.referral.matches;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.referral.matches.ContactCards.card;
import static org.warmintro.referral.matches.ContactCards.role;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.warmintro.problem.Problem;
import org.warmintro.referral.projection.ContactProfileEvents;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.TestTokens;

/**
 * Matches served from profile events, end to end: snapshots published on {@code contacts.profiles.v1} reach the
 * projection, the stored matches follow, and the API serves them. The network is the story's: Annie finishes a media
 * PhD at the VUB in Brussels and looks for communication or content work; the connector knows Sofie (hires a
 * communication specialist in Brussels, in touch lately), Lucas (a copywriter in Antwerp, out of touch for months),
 * Nina (remote marketing communications at a tech company, barely known) and Wei (the connector's closest friend,
 * hiring backend engineers: nothing for Annie). Each test has a member and contacts of its own.
 */
@QuarkusTest
class SeekerMatchesApiTest {

    /** Generous: the first test also waits for the consumer to join its group. */
    private static final Duration PROCESSING = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion companion;

    private final String member = "member-" + UUID.randomUUID();
    private final String annie = UUID.randomUUID().toString();
    private final String sofie = UUID.randomUUID().toString();
    private final String lucas = UUID.randomUUID().toString();
    private final String nina = UUID.randomUUID().toString();
    private final String wei = UUID.randomUUID().toString();

    @Test
    void ranksAnniesMatchesBestFirstWithTheirReasons() {
        publishAnniesNetwork();

        JsonPath matches = matchesOf(annie, member).then().statusCode(200).extract().jsonPath();

        // Sofie: everything fits and the connector spoke with her lately. Lucas: the same occupation and field, but
        // in Antwerp and out of touch. Nina: a related role, remote, at a tech company. Wei: nothing relevant.
        assertThat(matches.getString("seekerId")).isEqualTo(annie);
        assertThat(matches.getList("matches.targetId")).containsExactly(sofie, lucas, nina);
        assertThat(matches.getList("matches.score", Float.class)).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(matches.getString("matches[0].targetName")).isEqualTo("Sofie Peeters");
        assertThat(matches.getString("matches[0].company")).isEqualTo("Scheldt Media");
        assertThat(matches.getString("matches[0].roleTitle")).isEqualTo("Communication Specialist");
        assertThat(matches.getFloat("matches[0].signals.title")).isEqualTo(1.0f);
        assertThat(matches.getMap("matches[0].signals")).containsOnlyKeys("skills", "title", "field", "location",
                "seniority", "influence", "targetRelationship", "seekerRelationship", "balance");
        assertThat(matches.getList("matches[0].reasons", String.class)).contains(
                "shares adobe indesign, social media and wordpress with the Communication Specialist role",
                "fits the target role \"Communication Specialist\" (both Public Relations Specialists)",
                "in Brussels, where the seeker wants to work",
                "the seeker offered value first: helped you once and you have not helped them yet");
        assertThat(matches.getList("matches[1].reasons", String.class))
                .contains("shares copywriting and wordpress with the Copywriter role");
        assertThat(matches.getList("matches.forDiversity")).containsOnly(false);
    }

    @Test
    void aHiringContactsNewRoleReRanksTheSeekerWithoutARestart() {
        publishAnniesNetwork();

        publish(wei().version(2).hiring(true,
                role("Communication Specialist", "JUNIOR", "Brussels", false, "wordpress", "social media",
                        "adobe indesign", "copywriting")).upserted());

        // the same role as Sofie's with one more of Annie's skills, from the connector's closest friend
        awaitTargets(annie, wei, sofie, lucas, nina);
    }

    @Test
    void erasingAHiringContactRemovesThemFromTheMatchesAndSuggestions() {
        publishAnniesNetwork();

        publish(ContactProfileEvents.erased(sofie));

        awaitTargets(annie, lucas, nina);
        assertThat(suggestions(member, 50).getList("suggestions.match.targetId")).containsExactly(lucas, nina);
    }

    @Test
    void aProposedIntroTakesItsPairOutOfTheMatches() {
        publishAnniesNetwork();
        awaitTargets(annie, sofie, lucas, nina);

        given().header("Authorization", TestTokens.bearer(member)).contentType("application/json")
                .body(Map.of("seekerId", annie, "targetId", sofie))
                .post("/api/v1/intros").then().statusCode(201);

        awaitTargets(annie, lucas, nina);
    }

    @Test
    void aSeekerWhoPausedHasNoMatches() {
        publishAnniesNetwork();

        publish(annieCard().version(2).seeking("PAUSED", List.of("Communication Specialist"),
                List.of("Brussels, Belgium"), "wordpress").upserted());

        // paused is not seeking: 404, the same answer as for a contact who never sought
        Awaitility.await().atMost(PROCESSING).until(() -> matchesOf(annie, member).statusCode() == 404);
        assertThat(suggestions(member, 10).getList("suggestions")).isEmpty();
    }

    @Test
    void suggestionsMergeTheSeekersBestMatchesOncePerPair() {
        publishAnniesNetwork();
        String bram = UUID.randomUUID().toString();

        publish(card(member, bram, "Bram De Smet").works("Proximus", "Tech", "SENIOR", "Brussels")
                        .skills("java", "kafka", "kubernetes")
                        .seeking("ACTIVE", List.of("Backend Engineer"), List.of("Brussels"), "java", "kafka")
                        .upserted(),
                wei().version(2).hiring(true,
                        role("Sr. Backend Engineer", "SENIOR", "Brussels", false, "java", "kafka", "kubernetes"),
                        role("Java Developer", "SENIOR", "Brussels", false, "java")).upserted());
        Awaitility.await().atMost(PROCESSING).untilAsserted(() -> assertThat(
                matchesOf(bram, member).jsonPath().getList("matches[0].otherRoles.title")).contains("Java Developer"));

        JsonPath bramsMatches = matchesOf(bram, member).jsonPath();
        assertThat(bramsMatches.getList("matches.targetId")).as("Wei once, under his best role")
                .containsExactly(wei, nina);
        assertThat(bramsMatches.getString("matches[0].roleTitle")).isEqualTo("Sr. Backend Engineer");
        assertThat(bramsMatches.getFloat("matches[0].otherRoles[0].score")).isPositive()
                .isLessThanOrEqualTo(bramsMatches.getFloat("matches[0].score"));
        assertThat(bramsMatches.getList("matches[1].otherRoles")).isEmpty();
        JsonPath suggestions = suggestions(member, 10);

        List<Map<String, Object>> merged = suggestions.getList("suggestions");
        assertThat(merged).extracting(suggestion -> suggestion.get("seekerId") + " -> "
                        + ((Map<?, ?>) suggestion.get("match")).get("targetId"))
                .as("each seeker and hiring contact once, with the best of Wei's two roles; Nina is in Bram's "
                        + "field, tech")
                .containsExactlyInAnyOrder(annie + " -> " + sofie, annie + " -> " + lucas, annie + " -> " + nina,
                        bram + " -> " + wei, bram + " -> " + nina);
        assertThat(suggestions.getList("suggestions.match.score", Float.class))
                .isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(suggestions.getString("suggestions.find { it.seekerId == '%s' }.seekerName".formatted(bram)))
                .isEqualTo("Bram De Smet");
        assertThat(suggestions.getString("suggestions.find { it.seekerId == '%s' }.match.roleTitle".formatted(bram)))
                .isEqualTo("Sr. Backend Engineer");
        assertThat(suggestions.getList("suggestions.find { it.seekerId == '%s' }.match.otherRoles.title"
                .formatted(bram))).containsExactly("Java Developer");
        assertThat(suggestions(member, 2).getList("suggestions")).hasSize(2);
    }

    @Test
    void theOpenApiDocumentDescribesTheOtherRolesOfAMatch() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        assertThat(openApi.getString("components.schemas.Match.properties.otherRoles.type")).isEqualTo("array");
        assertThat(openApi.getString("components.schemas.Match.properties.otherRoles.description"))
                .contains("best first");
        assertThat(openApi.getMap("components.schemas.OtherRole.properties")).containsOnlyKeys("title", "score");
    }

    @Test
    void anotherMembersSeekerIsNotFound() {
        publishAnniesNetwork();

        matchesOf(annie, "member-" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404));
        assertThat(suggestions("member-" + UUID.randomUUID(), 10).getList("suggestions")).isEmpty();
    }

    @Test
    void theLimitIsBetweenOneAndFiftyAndTheProblemNamesIt() {
        publishAnniesNetwork();

        assertThat(given().header("Authorization", TestTokens.bearer(member)).queryParam("limit", 2)
                .get("/api/v1/seekers/{id}/matches", annie).then().statusCode(200).extract().jsonPath()
                .getList("matches.targetId")).containsExactly(sofie, lucas);
        for (String invalid : List.of("0", "51", "ten", "-1")) {
            for (String path : List.of("/api/v1/seekers/" + annie + "/matches", "/api/v1/suggestions")) {
                given().header("Authorization", TestTokens.bearer(member)).queryParam("limit", invalid)
                        .get(path).then()
                        .statusCode(400)
                        .contentType(Problem.MEDIA_TYPE)
                        .body("errors[0].field", equalTo("limit"));
            }
        }
    }

    @Test
    void timesTheMatchingAndCountsTheSeekersRanked() {
        publishAnniesNetwork();

        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("referral_matching_duration_seconds_count", "referral_matches_computed_total");
    }

    @Test
    void storedListsEndAsABuildFromScratchRanksThemAfterTheNetworksSkillsChange() {
        publishAnniesNetwork();
        // three more people with Annie's skills: they make those skills common in the network, and so worth less
        for (int i = 0; i < 3; i++) {
            publish(card(member, UUID.randomUUID().toString(), "Colleague " + i).works("VUB", "Media", "MID", "Ghent")
                    .skills("adobe indesign", "wordpress", "social media", "copywriting").upserted());
        }

        Awaitility.await().atMost(PROCESSING).untilAsserted(() -> {
            JsonPath drift = given().header("Authorization", "Bearer " + TestTokens.forOperator("ops"))
                    .get("/api/v1/admin/members/{member}/match-drift", member).then().statusCode(200).extract()
                    .jsonPath();
            assertThat(drift.getInt("seekersCompared")).isEqualTo(1);
            assertThat(drift.getList("differing")).isEmpty();
        });
        given().header("Authorization", TestTokens.bearer(member))
                .get("/api/v1/admin/members/{member}/match-drift", member).then().statusCode(403);
    }

    @Test
    void matchesNeedABearerToken() {
        given().get("/api/v1/seekers/{id}/matches", annie).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().get("/api/v1/suggestions").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    private void publishAnniesNetwork() {
        publish(annieCard().upserted(), sofie().upserted(), lucas().upserted(), nina().upserted(), wei().upserted());
        awaitTargets(annie, sofie, lucas, nina);
    }

    private ContactCards annieCard() {
        return card(member, annie, "Annie Janssens").works("VUB", "Media", "JUNIOR", "Brussels")
                .skills("adobe indesign", "wordpress", "social media", "copywriting", "nvivo")
                .relationship(4, Duration.ofDays(3), 0, 1)
                .seeking("ACTIVE", List.of("Communication Specialist", "Content Writer"), List.of("Brussels, Belgium"),
                        "adobe indesign", "wordpress", "social media", "copywriting", "nvivo");
    }

    private ContactCards sofie() {
        return card(member, sofie, "Sofie Peeters").works("Scheldt Media", "media", "DIRECTOR", "Brussels")
                .skills("wordpress", "google analytics")
                .relationship(4, Duration.ofDays(21), 2, 1)
                .hiring(true, role("Communication Specialist", "JUNIOR", "Brussels", false, "wordpress",
                        "social media", "adobe indesign", "google analytics"));
    }

    private ContactCards lucas() {
        return card(member, lucas, "Lucas Maes").works("Sonian Publishing", "Media", "MANAGER", "Antwerp")
                .relationship(3, Duration.ofDays(150), 0, 0)
                .hiring(true, role("Copywriter", "JUNIOR", null, false, "copywriting", "wordpress",
                        "search engine optimization"));
    }

    private ContactCards nina() {
        return card(member, nina, "Nina Claes").works("Atomium Software", "Tech", "MID", "Ghent")
                .relationship(2, Duration.ofDays(240), 0, 0)
                .hiring(false, role("Marketing Communications Specialist", "MID", null, true, "social media",
                        "google analytics", "hubspot"));
    }

    private ContactCards wei() {
        return card(member, wei, "Wei Zhang").works("Atomium Software", "Tech", "LEAD", "Brussels")
                .skills("java", "kafka", "kubernetes")
                .relationship(5, Duration.ofDays(1), 3, 3)
                .hiring(true, role("Sr. Backend Engineer", "SENIOR", "Brussels", false, "java", "kafka",
                        "kubernetes"));
    }

    private void awaitTargets(String seeker, String... targets) {
        Awaitility.await().atMost(PROCESSING).untilAsserted(() -> {
            Response response = matchesOf(seeker, member);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getList("matches.targetId")).containsExactly((Object[]) targets);
        });
    }

    private static Response matchesOf(String seeker, String asMember) {
        return given().header("Authorization", TestTokens.bearer(asMember))
                .get("/api/v1/seekers/{id}/matches", seeker);
    }

    private static JsonPath suggestions(String asMember, int limit) {
        return given().header("Authorization", TestTokens.bearer(asMember)).queryParam("limit", limit)
                .get("/api/v1/suggestions").then().statusCode(200).extract().jsonPath();
    }

    @SafeVarargs
    private void publish(ProducerRecord<String, String>... records) {
        companion.produceStrings().fromRecords(records).awaitCompletion(PROCESSING);
    }
}
