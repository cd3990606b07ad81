package org.warmintro.contacts.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.newMember;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.LockWaits;

/**
 * A second card with an email address the member already has reaches the database's unique index when another
 * transaction commits that address between the service's check and its insert. What the service logs then must not
 * name the address: logs are read by more people than the network's owner.
 */
@QuarkusTest
class DuplicateEmailLogsTest {

    @Inject
    AgroalDataSource dataSource;

    private final CapturedLogs logs = new CapturedLogs();

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(logs);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(logs);
    }

    @Test
    void aCreateThatLosesTheRaceForAnEmailAddressAnswers409AndLogsNoAddress() throws Exception {
        String member = newMember();
        String email = "annie." + UUID.randomUUID() + "@example.org";

        Response created;
        try (Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            insertContact(rival, member, email);
            CompletableFuture<Response> create = CompletableFuture.supplyAsync(() -> as(member)
                    .body(Map.of("fullName", "Annie Wang", "email", email)).post("/api/v1/contacts"));
            awaitAnInsertWaitingForALock();
            rival.commit();
            created = create.get();
        }

        created.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://warmintro.org/problems/duplicate-contact"));
        as(member).get("/api/v1/contacts").then().body("total", equalTo(1));
        assertThat(logs.text()).doesNotContainIgnoringCase(email);
    }

    @Test
    void anImportThatLosesTheRaceForAnEmailAddressTakesTheOtherCardAndLogsNoAddress() throws Exception {
        String member = newMember();
        String email = "hugo." + UUID.randomUUID() + "@example.org";
        String export = "First Name,Last Name,Email Address,Company\n"
                + "Annie,Wang,annie@example.org,VUB\n"
                + "Hugo,Peeters," + email + ",Proximus\n";

        Response imported;
        try (Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            insertContact(rival, member, email);
            CompletableFuture<Response> importing = CompletableFuture.supplyAsync(() -> as(member)
                    .contentType("text/csv; charset=UTF-8").body(export).post("/api/v1/contacts/import"));
            awaitAnInsertWaitingForALock();
            rival.commit();
            imported = importing.get();
        }

        imported.then().statusCode(200).body("created", equalTo(1)).body("updated", equalTo(1));
        assertThat(logs.text()).as("the database's refusal is logged").containsIgnoringCase("contact_member_email")
                .doesNotContainIgnoringCase(email);
    }

    private static void insertContact(Connection connection, String member, String email) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into contact"
                + " (id, member_id, full_name, email, version, created_at, updated_at) values (?, ?, ?, ?, 0, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, member);
            insert.setString(3, "Someone");
            insert.setString(4, email);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        }
    }

    /**
     * The service waits for the rival's transaction: at its insert, since the unique index cannot tell yet whether the
     * address is free, or before it, at the member's network size, which the rival's insert counted and locked.
     */
    private void awaitAnInsertWaitingForALock() {
        LockWaits.awaitAStatementWaitingForALock(dataSource,
                "query like 'insert into contact%' or query like 'insert into network_size%'");
    }

    /**
     * Everything the service logs while a test runs, as its log file would show it: messages and stack traces. The
     * test database's own server log, which the test infrastructure writes to the same console, is not the service's.
     */
    private static final class CapturedLogs extends Handler {

        private final List<String> entries = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith("io.zonky.")) {
                return;
            }
            StringWriter entry = new StringWriter();
            entry.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(entry));
            }
            entries.add(entry.toString());
        }

        String text() {
            return String.join("\n", entries);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
