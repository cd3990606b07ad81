package org.warmintro.contacts.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.newMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.ProfileEvents;
import org.warmintro.testing.InjectKafkaCompanion;

/**
 * The relay against writers that commit out of id order: an outbox id is taken when a row is inserted, not when its
 * transaction commits, so an import chunk of 500 people can commit its lower ids after the relay read and published
 * higher ones. Every committed event must still reach the topic, and each contact's events in the order of their
 * versions.
 */
@QuarkusTest
class OutboxRelayRaceTest {

    private static final String IMPORT = "/api/v1/contacts/import";
    private static final String SLOW_MEMBER_PREFIX = "slow-import-";
    private static final int IMPORTERS = 3;
    private static final int PEOPLE_PER_FILE = 1_000;
    /** Stands for a tombstone among the versions of a contact. */
    private static final long TOMBSTONE = -1;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @InjectKafkaCompanion
    KafkaCompanion companion;

    /**
     * Holds the commit of each chunk of an import (a transaction that recorded 100 events or more of a
     * {@value #SLOW_MEMBER_PREFIX} member), its outbox ids taken, until a single writer committed an event with a
     * higher id and the relay read a batch and waits for Kafka to acknowledge it (its session idle in its
     * transaction after the select of the outbox), at most 3 s. The chunk then commits while the relay holds a batch
     * read without it: the race of the outbox ids happens in every run rather than in some. The assertions do not
     * depend on it: they wait for the outbox to be empty.
     */
    @BeforeEach
    void holdTheCommitsOfImportChunksUntilTheRelayWaitsForKafka() throws SQLException {
        execute("""
                create or replace function test_hold_commit() returns trigger language plpgsql as $$
                declare
                    events int := coalesce(nullif(current_setting('warmintro_test.events', true), ''), '0')::int + 1;
                begin
                    perform set_config('warmintro_test.events', events::text, true);
                    if events = 100 then
                        for attempt in 1..3000 loop
                            perform pg_stat_clear_snapshot();
                            exit when exists (select 1 from outbox_event
                                    where id > new.id and coalesce(payload, '') not like '%%%1$s%%')
                                and exists (select 1 from pg_stat_activity where state = 'idle in transaction'
                                    and query like 'select%%from outbox_event%%order by%%');
                            perform pg_sleep(0.001);
                        end loop;
                    end if;
                    return null;
                end $$""".formatted(SLOW_MEMBER_PREFIX));
        execute("drop trigger if exists test_hold_commit on outbox_event");
        execute("create constraint trigger test_hold_commit after insert on outbox_event"
                + " deferrable initially deferred for each row"
                + " when (new.payload like '%\"memberId\":\"" + SLOW_MEMBER_PREFIX + "%')"
                + " execute function test_hold_commit()");
    }

    @AfterEach
    void commitAtOnceAgain() throws SQLException {
        execute("drop trigger if exists test_hold_commit on outbox_event");
        execute("drop function if exists test_hold_commit()");
    }

    @Test
    void everyEventOfConcurrentImportsAndSingleWritesReachesTheTopicInTheOrderOfItsContactsVersions() throws Exception {
        List<String> importMembers = new ArrayList<>();
        for (int i = 0; i < IMPORTERS; i++) {
            importMembers.add(SLOW_MEMBER_PREFIX + UUID.randomUUID());
        }
        Map<String, Long> erased = new ConcurrentHashMap<>();
        List<String> singleMembers = List.of(newMember(), newMember());
        AtomicBoolean importing = new AtomicBoolean(true);

        ExecutorService writers = Executors.newFixedThreadPool(IMPORTERS + singleMembers.size());
        try {
            List<Future<?>> imports = new ArrayList<>();
            for (String member : importMembers) {
                imports.add(writers.submit(() -> importTwice(member)));
            }
            List<Future<?>> singles = new ArrayList<>();
            for (String member : singleMembers) {
                singles.add(writers.submit(() -> writeOneByOne(member, importing, erased)));
            }
            for (Future<?> future : imports) {
                future.get(5, TimeUnit.MINUTES);
            }
            importing.set(false);
            for (Future<?> future : singles) {
                future.get(1, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> outboxSize() == 0);
        Map<String, List<Long>> published = publishedVersions();

        Map<String, List<Long>> expected = new LinkedHashMap<>();
        committedVersions(importMembers, singleMembers).forEach((id, version) ->
                expected.put(id, LongStream.rangeClosed(0, version).boxed().toList()));
        erased.forEach((id, version) -> {
            List<Long> versions = new ArrayList<>(LongStream.rangeClosed(0, version).boxed().toList());
            versions.add(TOMBSTONE);
            expected.put(id, versions);
        });
        assertThat(expected).hasSizeGreaterThan(IMPORTERS * PEOPLE_PER_FILE);
        Map<String, List<Long>> wrong = new LinkedHashMap<>();
        expected.forEach((id, versions) -> {
            List<Long> onTheTopic = published.getOrDefault(id, List.of());
            if (!onTheTopic.equals(versions)) {
                wrong.put(id + " expected " + versions + ", on the topic", onTheTopic);
            }
        });
        assertThat(wrong.size()).as("contacts of %d whose events are missing or out of order on the topic, such as %s",
                expected.size(), wrong.entrySet().stream().limit(5).toList()).isZero();
    }

    /** Imports a file of new people in two chunks, then a second file that changes each of them. */
    private static void importTwice(String member) {
        importFile(member, "Engineer").then().statusCode(200).body("created", equalTo(PEOPLE_PER_FILE));
        importFile(member, "Engineering Manager").then().statusCode(200).body("updated", equalTo(PEOPLE_PER_FILE));
    }

    private static Response importFile(String member, String position) {
        StringBuilder export = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position\n");
        for (int i = 0; i < PEOPLE_PER_FILE; i++) {
            export.append("Person,").append(i).append(",,person-").append(i).append("@example.org,Acme,")
                    .append(position).append('\n');
        }
        // a busy machine may take longer than the default 30 s of the tests' HTTP client for a chunk
        return as(member).config(RestAssured.config().httpClient(
                        HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 300_000)))
                .contentType("text/csv; charset=UTF-8").body(export.toString()).post(IMPORT);
    }

    /** Creates, changes and sometimes erases one contact after the other, while the imports run. */
    private static void writeOneByOne(String member, AtomicBoolean importing, Map<String, Long> erased) {
        for (int i = 0; importing.get(); i++) {
            String id = as(member).body(Map.of("fullName", "Single " + i)).post("/api/v1/contacts").then()
                    .statusCode(201).extract().path("id");
            long version = 0;
            for (String title : List.of("Researcher", "Lecturer")) {
                Number changed = as(member).contentType("application/merge-patch+json").body(Map.of("title", title))
                        .patch("/api/v1/contacts/" + id).then().statusCode(200).extract().path("version");
                version = changed.longValue();
            }
            if (i % 2 == 0) {
                as(member).delete("/api/v1/contacts/" + id).then().statusCode(204);
                erased.put(id, version);
            }
        }
    }

    /** The versions on the topic of each contact, in topic order, a version sent twice in a row counted once. */
    private Map<String, List<Long>> publishedVersions() throws Exception {
        Map<String, List<Long>> versions = new HashMap<>();
        for (ConsumerRecord<String, String> record : ProfileEvents.readToEnd(companion)) {
            long version = record.value() == null ? TOMBSTONE : json.readTree(record.value()).get("version").asLong();
            List<Long> ofContact = versions.computeIfAbsent(record.key(), key -> new ArrayList<>());
            if (ofContact.isEmpty() || ofContact.get(ofContact.size() - 1) != version) {
                ofContact.add(version);
            }
        }
        return versions;
    }

    private Map<String, Long> committedVersions(List<String> importMembers, List<String> singleMembers)
            throws SQLException {
        List<String> members = new ArrayList<>(importMembers);
        members.addAll(singleMembers);
        Map<String, Long> versions = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id, version from contact where member_id = any(?)")) {
            query.setArray(1, connection.createArrayOf("text", members.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return versions;
    }

    private long outboxSize() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from outbox_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
