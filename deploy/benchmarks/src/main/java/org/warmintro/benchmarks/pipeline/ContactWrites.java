package org.warmintro.benchmarks.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpMethod;
import org.warmintro.benchmarks.NetworkGenerator;
import org.warmintro.benchmarks.load.HttpLoad;
import org.warmintro.benchmarks.load.Operation;

/**
 * Contact writes as members make them: half creates of a new card, half replacements of a card made earlier, spread
 * over several members (a member's creates take their own lock, as their quota requires; many members write at
 * once on a platform). Each successful write is one profile event for referral-service.
 */
final class ContactWrites implements Operation {

    /** A member keeps at most 50,000 cards; this run's writes stay well within that. */
    private static final int CARDS_PER_MEMBER = 40_000;
    /**
     * Replacements start once a member has this many cards: drawn from fewer, two connections would often replace
     * the same card at once, which the service rightly answers with 409, as a person's two tabs would get.
     */
    private static final int CARDS_BEFORE_REPLACEMENTS = 256;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final Platform platform;
    private final String contactsUrl;
    private final List<String> titles;
    private final List<String> companies = NetworkGenerator.companies();
    private final Writer[] writers;
    private final AtomicLong sequence = new AtomicLong();

    ContactWrites(Platform platform, NetworkGenerator generator) {
        this.platform = platform;
        this.contactsUrl = platform.options.contactsUrl() + "/api/v1/contacts";
        this.titles = generator.titles();
        this.writers = new Writer[platform.options.writeMembers()];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = new Writer(platform.token(platform.member("writer" + i)));
        }
    }

    @Override
    public CompletableFuture<?> start() {
        long n = sequence.getAndIncrement();
        Writer writer = writers[(int) (n % writers.length)];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int known = writer.count.get();
        CompletableFuture<?> write;
        if (known >= CARDS_BEFORE_REPLACEMENTS && random.nextBoolean()) {
            String id = writer.ids.get(random.nextInt(known));
            write = HttpLoad.expect(platform.http.send(HttpMethod.PUT, contactsUrl + "/" + id, writer.token,
                    "application/json", card(n, random)), 200);
        } else if (known < CARDS_PER_MEMBER) {
            write = HttpLoad.expect(platform.http.send(HttpMethod.POST, contactsUrl, writer.token, "application/json",
                    card(n, random)), 201).thenAccept(created -> writer.remember(created.body()));
        } else {
            throw new IllegalStateException("a writing member has " + CARDS_PER_MEMBER + " cards already");
        }
        return write;
    }

    private String card(long n, ThreadLocalRandom random) {
        Map<String, Object> card = new LinkedHashMap<>();
        List<String> firstNames = NetworkGenerator.firstNames();
        card.put("fullName", firstNames.get(random.nextInt(firstNames.size())) + " Writer" + n);
        card.put("email", "w" + n + "-" + platform.runId + "-" + random.nextInt(1_000_000) + "@example.org");
        card.put("headline", "Met at the meetup #" + random.nextInt(1000));
        card.put("company", companies.get(random.nextInt(companies.size())));
        card.put("title", titles.get(random.nextInt(titles.size())));
        card.put("field", "software engineering");
        card.put("skills", List.of("java", "sql"));
        card.put("location", "Brussels, Belgium");
        card.put("relationship", Map.of("strength", 1 + random.nextInt(5)));
        card.put("consent", Map.of("introductionsAllowed", true));
        return Platform.write(card);
    }

    /** A member who writes, and the cards they made. */
    private static final class Writer {

        private final String token;
        private final AtomicReferenceArray<String> ids = new AtomicReferenceArray<>(CARDS_PER_MEMBER);
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicInteger reserved = new AtomicInteger();

        Writer(String token) {
            this.token = token;
        }

        void remember(String createdBody) {
            Matcher id = ID.matcher(createdBody);
            if (!id.find()) {
                throw new IllegalStateException("a created card without an id: " + createdBody);
            }
            int slot = reserved.getAndIncrement();
            if (slot < CARDS_PER_MEMBER) {
                ids.set(slot, id.group(1));
                // published in order, so that every slot below count holds an id
                while (!count.compareAndSet(slot, slot + 1)) {
                    Thread.onSpinWait();
                }
            }
        }
    }
}
