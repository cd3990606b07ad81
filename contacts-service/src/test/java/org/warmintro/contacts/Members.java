package org.warmintro.contacts;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.warmintro.testing.TestTokens;

/** Requests as a member would send them: each test gets members of its own, so tests never see each other's data. */
public final class Members {

    private Members() {
    }

    public static String newMember() {
        return "member-" + UUID.randomUUID();
    }

    public static RequestSpecification as(String memberId) {
        return given().header("Authorization", TestTokens.bearer(memberId)).contentType(ContentType.JSON);
    }

    /** Creates a contact with the given fields and answers its id. */
    public static String createContact(String memberId, Map<String, Object> fields) {
        return as(memberId).body(fields).post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    public static String createContact(String memberId, String fullName, String email) {
        return createContact(memberId, Map.of("fullName", fullName, "email", email));
    }
}
