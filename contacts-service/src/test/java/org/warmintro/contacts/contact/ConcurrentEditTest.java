package org.warmintro.contacts.contact;

import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.newMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.LockWaits;

/**
 * A request that reaches a card while another change of it is being written: it waits for that change and then
 * applies to what it wrote, or refuses with 412 when its If-Match names the version before. Never a 500, and an
 * erasure always goes through.
 */
@QuarkusTest
class ConcurrentEditTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeWithoutIfMatchWaitsForTheOtherChangeAndKeepsBoth() throws Exception {
        String member = newMember();
        String id = createCard(member);

        Response patched = whileAnotherChangeCommits(id, () -> as(member)
                .contentType("application/merge-patch+json").body(Map.of("title", "Producer"))
                .patch("/api/v1/contacts/" + id));

        patched.then().statusCode(200);
        as(member).get("/api/v1/contacts/" + id).then().statusCode(200)
                .body("fullName", equalTo("Annie Wang-Rival")).body("title", equalTo("Producer"));
    }

    @Test
    void aChangeWhoseIfMatchNamesTheVersionBeforeTheOtherChangeAnswers412() throws Exception {
        String member = newMember();
        String id = createCard(member);
        String etag = as(member).get("/api/v1/contacts/" + id).header("ETag");

        Response patched = whileAnotherChangeCommits(id, () -> as(member).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("title", "Producer"))
                .patch("/api/v1/contacts/" + id));

        patched.then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://warmintro.org/problems/precondition-failed"));
        as(member).get("/api/v1/contacts/" + id).then().body("title", equalTo("Journalist"));
    }

    @Test
    void anErasureDuringAnotherChangeOfTheCardErasesIt() throws Exception {
        String member = newMember();
        String id = createCard(member);

        Response erased = whileAnotherChangeCommits(id, () -> as(member).delete("/api/v1/contacts/" + id));

        erased.then().statusCode(204);
        as(member).get("/api/v1/contacts/" + id).then().statusCode(404);
    }

    private static String createCard(String member) {
        return as(member).body(Map.of("fullName", "Annie Wang", "title", "Journalist")).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * Another writer changes the card and holds its row until the service's request waits for it, then commits.
     */
    private Response whileAnotherChangeCommits(String id, Supplier<Response> request) throws Exception {
        try (Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            try (PreparedStatement update = rival.prepareStatement("update contact set version = version + 1,"
                    + " full_name = 'Annie Wang-Rival' where id = ?")) {
                update.setObject(1, UUID.fromString(id));
                update.executeUpdate();
            }
            CompletableFuture<Response> answered = CompletableFuture.supplyAsync(request);
            LockWaits.awaitAStatementWaitingForALock(dataSource);
            rival.commit();
            return answered.get();
        }
    }
}
