package org.warmintro.contacts.interaction;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InteractionApiTest {

    @Test
    void helpReceivedAndGivenIsCountedInTheBalance() {
        String member = newMember();
        String annie = createContact(member, Map.of("fullName", "Annie Wang", "relationship", Map.of("strength", 3)));

        as(member).body(Map.of("kind", "HELPED", "direction", "RECEIVED", "summary", "Reformatted my blog"))
                .post("/api/v1/contacts/" + annie + "/interactions").then().statusCode(201);
        as(member).body(Map.of("kind", "MESSAGE", "direction", "GAVE"))
                .post("/api/v1/contacts/" + annie + "/interactions").then().statusCode(201);

        as(member).get("/api/v1/contacts/" + annie).then()
                .body("relationship.valueReceived", equalTo(1))
                .body("relationship.valueGiven", equalTo(0))
                .body("relationship.currentStrength", equalTo(3.0f));
        as(member).get("/api/v1/contacts/" + annie + "/interactions").then()
                .body("kind", hasItem("HELPED"));
    }

    @Test
    void aRelationshipFadesWithTimeSinceTheLastInteraction() {
        String member = newMember();
        Instant twoYearsAgo = Instant.now().minus(730, ChronoUnit.DAYS);
        String old = createContact(member, Map.of("fullName", "Old Friend",
                "relationship", Map.of("strength", 5, "lastInteractionAt", twoYearsAgo.toString())));

        as(member).get("/api/v1/contacts/" + old).then().body("relationship.currentStrength", lessThan(1.5f));

        as(member).body(Map.of("kind", "CALL", "direction", "GAVE"))
                .post("/api/v1/contacts/" + old + "/interactions").then().statusCode(201);
        as(member).get("/api/v1/contacts/" + old).then().body("relationship.currentStrength", equalTo(5.0f));
    }

    @Test
    void anUnknownKindAnswers400NamingTheField() {
        String member = newMember();
        String annie = createContact(member, "Annie Wang", "annie@example.org");
        as(member).body(Map.of("kind", "SPAMMED", "direction", "GAVE"))
                .post("/api/v1/contacts/" + annie + "/interactions")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        as(member).body(Map.of("kind", "CALL"))
                .post("/api/v1/contacts/" + annie + "/interactions")
                .then().statusCode(400).body("errors.field", hasItem("direction"));
    }
}
