package org.warmintro.contacts.contact;

import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.newMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Two changes of one card that reach the database at the same moment: the one that writes second finds the card at a
 * version it did not read. It changes nothing and says so in words the client can act on, never a 500.
 */
@QuarkusTest
class ConcurrentEditTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeThatLosesTheRaceWithoutIfMatchAnswers409AndKeepsTheOtherChange() throws Exception {
        String member = newMember();
        String id = createCard(member);

        Response patched = patchWhileAnotherChangeCommits(id,
                card -> as(member).contentType("application/merge-patch+json").body(Map.of("title", "Producer"))
                        .patch("/api/v1/contacts/" + id));

        patched.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://warmintro.org/problems/concurrent-change"));
        as(member).get("/api/v1/contacts/" + id).then().statusCode(200).body("fullName", equalTo("Annie Wang-Rival"))
                .body("title", equalTo("Journalist"));
    }

    @Test
    void aChangeThatLosesTheRaceWithIfMatchAnswers412() throws Exception {
        String member = newMember();
        String id = createCard(member);
        String etag = as(member).get("/api/v1/contacts/" + id).header("ETag");

        Response patched = patchWhileAnotherChangeCommits(id,
                card -> as(member).header("If-Match", etag).contentType("application/merge-patch+json")
                        .body(Map.of("title", "Producer")).patch("/api/v1/contacts/" + id));

        patched.then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://warmintro.org/problems/precondition-failed"));
    }

    private static String createCard(String member) {
        return as(member).body(Map.of("fullName", "Annie Wang", "title", "Journalist")).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * Another writer changes the card and holds its row until the service's own write waits for it, then commits: the
     * service read the card before that commit and writes after it.
     */
    private Response patchWhileAnotherChangeCommits(String id, Function<String, Response> patch) throws Exception {
        try (Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            try (PreparedStatement update = rival.prepareStatement("update contact set version = version + 1,"
                    + " full_name = 'Annie Wang-Rival' where id = ?")) {
                update.setObject(1, UUID.fromString(id));
                update.executeUpdate();
            }
            CompletableFuture<Response> patched = CompletableFuture.supplyAsync(() -> patch.apply(id));
            awaitAnUpdateWaitingForALock();
            rival.commit();
            return patched.get();
        }
    }

    private void awaitAnUpdateWaitingForALock() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement("select count(*) from pg_stat_activity"
                            + " where wait_event_type = 'Lock' and query like 'update contact%'");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        });
    }
}
