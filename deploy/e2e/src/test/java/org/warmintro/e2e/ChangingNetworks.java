package org.warmintro.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.warmintro.local.MemberTokens;

/**
 * Members whose networks change: each with seekers (active seeking profiles) and hiring contacts (open roles, glad to
 * be introduced) in one field, who then change again and again through contacts-service's REST API, a member's
 * changes always from the same writer so that none of them race each other. Every write that succeeds is one change
 * of a profile, the cards' creations included.
 */
final class ChangingNetworks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTACTS = "/api/v1/contacts";

    /** A field, the roles its hiring contacts open and its seekers look for, and the skills both name. */
    private record Field(String name, List<String> roles, List<String> skills) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("software engineering", List.of("Backend Engineer", "Data Engineer", "Frontend Developer"),
                    List.of("java", "kafka", "kubernetes", "python", "postgresql", "react", "typescript")),
            new Field("media and communication", List.of("Content Strategist", "Communication Specialist",
                    "Social Media Manager"), List.of("content strategy", "copywriting", "social media",
                    "video editing", "public relations", "storytelling")),
            new Field("finance", List.of("Financial Analyst", "Risk Analyst"), List.of("financial modeling",
                    "microsoft excel", "risk management", "ifrs", "sap")));

    /** A member, with the ids of their seekers and hiring contacts in the order of their creation. */
    record Member(String id, String token, List<String> seekers, List<String> hiring) {

        String email() {
            return id + "@members.example.org";
        }

        List<String> contacts() {
            List<String> all = new ArrayList<>(seekers);
            all.addAll(hiring);
            return all;
        }
    }

    private final ReplicatedService contacts;
    private final int seekersEach;
    private final int hiringEach;
    private final List<Member> members = new ArrayList<>();
    private final Map<String, String> emails = new LinkedHashMap<>();
    private final AtomicInteger reserved = new AtomicInteger();
    private final AtomicInteger changes = new AtomicInteger();

    ChangingNetworks(ReplicatedService contacts, MemberTokens tokens, int memberCount, int seekersEach,
            int hiringEach) {
        this.contacts = contacts;
        this.seekersEach = seekersEach;
        this.hiringEach = hiringEach;
        for (int m = 0; m < memberCount; m++) {
            String id = String.format("member-%02d", m);
            members.add(new Member(id, tokens.tokenFor(id), new ArrayList<>(), new ArrayList<>()));
        }
        reserved.set(creations());
    }

    List<Member> members() {
        return members;
    }

    /** The email address of a contact. */
    String email(String contactId) {
        return emails.get(contactId);
    }

    /** How many changes succeeded so far. */
    int changes() {
        return changes.get();
    }

    /** How many changes the creation of the networks makes: a card and its profile are two. */
    int creations() {
        return members.size() * (seekersEach + hiringEach) * 2;
    }

    /**
     * Creates the networks of this writer's members ({@code writer} of {@code writers}), counts down {@code created},
     * then changes their contacts until {@code total} changes, creations included, are made by all writers
     * together; each change waits for the gates at or below its number to open.
     */
    void write(int writer, int writers, int total, CountDownLatch created, NavigableMap<Integer, CountDownLatch> gates) {
        List<Member> mine = IntStream.range(0, members.size()).filter(m -> m % writers == writer)
                .mapToObj(members::get).toList();
        for (Member member : mine) {
            create(member);
        }
        created.countDown();
        Random random = new Random(writer);
        while (true) {
            int n = reserved.getAndIncrement();
            if (n >= total) {
                return;
            }
            gates.headMap(n, true).values().forEach(ChangingNetworks::await);
            Member member = mine.get(random.nextInt(mine.size()));
            change(member, random, n);
        }
    }

    private void create(Member member) {
        int index = members.indexOf(member);
        Field field = FIELDS.get(index % FIELDS.size());
        Random random = new Random(index);
        for (int k = 0; k < seekersEach + hiringEach; k++) {
            boolean seeker = k < seekersEach;
            String email = (seeker ? "seeker-" : "hiring-") + index + "-" + k + "@scale.example.org";
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("fullName", (seeker ? "Seeker " : "Hiring ") + index + "-" + k);
            card.put("email", email);
            card.put("company", seeker ? "Studying" : "Company " + (k % 3));
            card.put("title", seeker ? "Graduate" : "Head of " + field.roles().get(0));
            card.put("field", field.name());
            card.put("skills", some(field.skills(), random));
            card.put("location", "Brussels, Belgium");
            card.put("timezone", "Europe/Brussels");
            card.put("locale", "en");
            card.put("relationship", Map.of("strength", 1 + random.nextInt(5)));
            card.put("consent", Map.of("introductionsAllowed", true, "maxIntroductionsPer30Days", 5));
            Api.Answer created = require(contacts.post(member.token(), CONTACTS, json(card)), 201);
            String id = created.json().path("id").asText();
            synchronized (emails) {
                emails.put(id, email);
            }
            (seeker ? member.seekers() : member.hiring()).add(id);
            counted();
            if (seeker) {
                require(contacts.put(member.token(), CONTACTS + "/" + id + "/seeking",
                        json(seeking(field, random, 0))), 200);
            } else {
                require(contacts.put(member.token(), CONTACTS + "/" + id + "/hiring", json(hiring(field, random))),
                        200);
            }
            counted();
        }
    }

    /** One change of one of the member's contacts: its card, its relationship, or its profile. */
    private void change(Member member, Random random, int n) {
        Field field = FIELDS.get(members.indexOf(member) % FIELDS.size());
        List<String> all = member.contacts();
        String id = all.get(random.nextInt(all.size()));
        boolean seeker = member.seekers().contains(id);
        String path = CONTACTS + "/" + id;
        Api.Answer answer = switch (random.nextInt(4)) {
            case 0 -> contacts.patch(member.token(), path, json(Map.of("skills", some(field.skills(), random),
                    "headline", "change " + n)));
            case 1 -> contacts.patch(member.token(), path, json(Map.of("relationship",
                    Map.of("strength", 1 + random.nextInt(5)), "headline", "change " + n)));
            case 2 -> seeker ? contacts.put(member.token(), path + "/seeking", json(seeking(field, random, n)))
                    : contacts.put(member.token(), path + "/hiring", json(hiring(field, random)));
            default -> contacts.patch(member.token(), path, json(Map.of("headline", "change " + n)));
        };
        require(answer, 200);
        counted();
    }

    private static Map<String, Object> seeking(Field field, Random random, int n) {
        return Map.of(
                "selfIntroduction", "I finished my studies in " + field.name() + " and look for my first role in "
                        + "Brussels, where I live; version " + n + " of how I put it.",
                "targetRoles", List.of(field.roles().get(random.nextInt(field.roles().size()))),
                "skills", some(field.skills(), random),
                "locations", List.of("Brussels", "Belgium"),
                "remote", false,
                "status", "ACTIVE");
    }

    private static Map<String, Object> hiring(Field field, Random random) {
        List<Map<String, Object>> roles = new ArrayList<>();
        for (String title : some(field.roles(), random)) {
            roles.add(Map.of("title", title, "skills", some(field.skills(), random), "seniority", "JUNIOR",
                    "location", "Brussels", "remote", random.nextBoolean()));
        }
        return Map.of("openRoles", roles, "hiringInfluence", true);
    }

    /** Two to four of {@code values}, or all of them when there are fewer. */
    private static List<String> some(List<String> values, Random random) {
        List<String> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(shuffled.size(), 2 + random.nextInt(3))));
    }

    private void counted() {
        changes.incrementAndGet();
    }

    private static Api.Answer require(Api.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(3, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The stream was not let go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
