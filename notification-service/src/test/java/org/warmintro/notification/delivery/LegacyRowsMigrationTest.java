package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Rows recorded before a migration, as they are after it: each test migrates a schema of its own, beside the
 * service's, up to the version before, records the rows, and migrates on.
 */
@QuarkusTest
class LegacyRowsMigrationTest {

    private static final String MIGRATIONS = "filesystem:src/main/resources/db/migration";
    /** The version before the one that took the secret links out of the bodies. */
    private static final String BEFORE_SECRET_LINKS = "9";

    @Inject
    AgroalDataSource dataSource;

    private record Row(String status, String suppressionReason, String optInUrl, String text, String html) {
    }

    /** Their secret links leave the bodies: placeholders, not one live link; the opt-in links to send wait apart. */
    @Test
    void bodiesRecordedBeforeHoldNoLiveLinkAndTheOptInLinksStillToBeSentWaitApart() throws Exception {
        String schema = newSchema();
        UUID pending = UUID.randomUUID();
        UUID sent = UUID.randomUUID();
        UUID digest = UUID.randomUUID();
        UUID held = UUID.randomUUID();
        try {
            migrate(schema, BEFORE_SECRET_LINKS);
            try (Connection connection = dataSource.getConnection()) {
                insert(connection, schema, pending, "OPT_IN_REQUEST", "PENDING", null, UUID.randomUUID(),
                        text(pending, optIn(pending)), html(pending, optIn(pending)));
                insert(connection, schema, sent, "OPT_IN_REMINDER", "SENT", null, UUID.randomUUID(),
                        text(sent, optIn(sent)), html(sent, optIn(sent)));
                insert(connection, schema, digest, "HELD_MAIL_DIGEST", "PENDING", null, UUID.randomUUID(),
                        "== Dana would like to introduce you ==\n\n" + text(held, optIn(held))
                                + "\n--\nStop these emails: " + unsubscribe(digest) + "\n",
                        html(held, optIn(held)) + "<a href=\"" + unsubscribe(digest) + "\">Stop these emails</a>");
                insert(connection, schema, held, "OPT_IN_REQUEST", "HELD", digest, UUID.randomUUID(),
                        text(held, optIn(held)), html(held, optIn(held)));
            }

            migrate(schema, "10");

            Map<UUID, Row> rows = rows(schema);
            assertThat(rows.get(pending).optInUrl()).isEqualTo(optIn(pending));
            assertThat(rows.get(held).optInUrl()).isEqualTo(optIn(held));
            assertThat(rows.get(sent).optInUrl()).isNull();
            for (UUID id : new UUID[] { pending, sent, held }) {
                assertThat(rows.get(id).text()).contains("[[secret-link:opt-in:" + id + "]]",
                        "[[secret-link:unsubscribe:" + id + "]]");
                assertThat(rows.get(id).html()).contains("href=\"[[secret-link:opt-in:" + id + "]]\"",
                        "href=\"[[secret-link:unsubscribe:" + id + "]]\"");
            }
            assertThat(rows.get(digest).text() + rows.get(digest).html()).contains(
                    "[[secret-link:opt-in:" + held + "]]", "[[secret-link:unsubscribe:" + held + "]]",
                    "[[secret-link:unsubscribe:" + digest + "]]");
            assertThat(rows.values()).allSatisfy(row -> assertThat(String.valueOf(row.text()) + row.html())
                    .doesNotContain("http://", "https://"));
        } finally {
            drop(schema);
        }
    }

    /** Held mail of intros erased before erasure suppressed held mail: suppressed, holding back no digest. */
    @Test
    void heldMailOfAnIntroErasedBeforeIsSuppressed() throws Exception {
        String schema = newSchema();
        UUID heldOfErasedIntro = UUID.randomUUID();
        UUID stillHeld = UUID.randomUUID();
        UUID erasedIntro = UUID.randomUUID();
        try {
            migrate(schema, "10");
            try (Connection connection = dataSource.getConnection()) {
                insert(connection, schema, heldOfErasedIntro, "OPT_IN_REQUEST", "HELD", null, erasedIntro, null, null);
                insert(connection, schema, stillHeld, "OPT_IN_REQUEST", "HELD", null, UUID.randomUUID(),
                        text(stillHeld, optIn(stillHeld)), html(stillHeld, optIn(stillHeld)));
                try (PreparedStatement erased = connection.prepareStatement(
                        "insert into " + schema + ".erased_intro (intro_id, erased_at) values (?, now())")) {
                    erased.setObject(1, erasedIntro);
                    erased.executeUpdate();
                }
            }

            migrate(schema, "12");

            Map<UUID, Row> rows = rows(schema);
            assertThat(rows.get(heldOfErasedIntro).status()).isEqualTo("SUPPRESSED");
            assertThat(rows.get(heldOfErasedIntro).suppressionReason()).isEqualTo("ERASED");
            assertThat(rows.get(stillHeld).status()).isEqualTo("HELD");
        } finally {
            drop(schema);
        }
    }

    private void drop(String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement drop = connection.createStatement()) {
            drop.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private void migrate(String schema, String version) {
        Flyway.configure().dataSource(dataSource).schemas(schema).locations(MIGRATIONS).target(version).load()
                .migrate();
    }

    private static String newSchema() {
        return "legacy_rows_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String optIn(UUID notificationId) {
        return "https://warmintro.example.org/optin/" + notificationId + ".1767225600.c2lnbmVkIGJ5IHJlZmVycmFs";
    }

    private static String unsubscribe(UUID notificationId) {
        return "http://localhost:8083/unsubscribe/" + notificationId + ".U2lnbmVkX2J5X25vdGlmaWNhdGlvbg";
    }

    private static String text(UUID id, String optInUrl) {
        return "Hello Kofi,\n\nAccept or decline the introduction\n" + optInUrl + "\n\n--\nDo not email me again: "
                + unsubscribe(id) + "\n";
    }

    private static String html(UUID id, String optInUrl) {
        return "<p><a href=\"" + optInUrl + "\">Accept or decline</a></p><p><a href=\"" + optInUrl + "\">" + optInUrl
                + "</a></p><p><a href=\"" + unsubscribe(id) + "\">Do not email me again</a></p>";
    }

    private static void insert(Connection connection, String schema, UUID id, String template, String status,
            UUID digestId, UUID introId, String text, String html) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + schema + ".notification"
                + " (id, event_id, recipient, recipient_role, template, member_id, intro_id, status, created_at,"
                + " sent_at, digest_id, text_body, html_body)"
                + " values (?, ?, 'kofi@example.org', 'TARGET', ?, 'member-legacy', ?, ?, now(), ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, id.toString());
            insert.setString(3, template);
            insert.setObject(4, introId);
            insert.setString(5, status);
            insert.setTimestamp(6, "SENT".equals(status) ? Timestamp.from(Instant.now()) : null);
            insert.setObject(7, digestId);
            insert.setString(8, text);
            insert.setString(9, html);
            insert.executeUpdate();
        }
    }

    private Map<UUID, Row> rows(String schema) throws SQLException {
        Map<UUID, Row> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement select = connection.createStatement();
                ResultSet result = select.executeQuery("select id, status, suppression_reason, opt_in_url,"
                        + " text_body, html_body from " + schema + ".notification")) {
            while (result.next()) {
                rows.put(result.getObject(1, UUID.class), new Row(result.getString(2), result.getString(3),
                        result.getString(4), result.getString(5), result.getString(6)));
            }
        }
        return rows;
    }
}
