package org.warmintro.contacts.contact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * How many contacts a member may keep: referral-service holds each member's network in memory, so a network has a
 * size it cannot outgrow (contacts.quota.max-contacts-per-member, 50,000 unless configured).
 *
 * <p>Whatever adds cards to a network first takes the member's quota lock, a PostgreSQL advisory lock, and counts
 * the cards under it: two requests of one member cannot both take the last places, on any replica. A create holds it
 * for its transaction; an import for as long as it writes, across the transactions of its chunks.
 */
@ApplicationScoped
public class NetworkQuota {

    /** The first key of every member's quota lock; the second is the member's id, hashed. "cont" in ASCII. */
    private static final int LOCK_SPACE = 0x636f6e74;

    private final Config config;
    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    NetworkQuota(Config config, EntityManager entityManager, AgroalDataSource dataSource) {
        this.config = config;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    @ConfigMapping(prefix = "contacts.quota")
    public interface Config {

        /** The most contacts one member's network holds. */
        @WithDefault("50000")
        int maxContactsPerMember();
    }

    /**
     * Makes sure that the member's network has room for one more card, and keeps that room until the caller's
     * transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserveOne(String memberId) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(:space, :member)")
                .setParameter("space", LOCK_SPACE).setParameter("member", memberId.hashCode()).getSingleResult();
        long room = room(memberId);
        if (room < 1) {
            throw exceeded(("A network keeps at most %,d contacts and yours has room for %,d more: erase a contact to "
                    + "add another").formatted(config.maxContactsPerMember(), Math.max(room, 0)));
        }
    }

    /** How many more cards the member's network may take now. */
    @Transactional
    public long room(String memberId) {
        Number size = (Number) entityManager.createNativeQuery("select count(*) from contact where member_id = :member")
                .setParameter("member", memberId).getSingleResult();
        return config.maxContactsPerMember() - size.longValue();
    }

    /**
     * Runs {@code work}, which adds cards to the member's network in transactions of its own, holding the member's
     * quota lock until it returns. The lock is held by a transaction on a connection of its own, outside JTA, so that
     * no transaction timeout ends it while the work runs; it ends when the work does.
     */
    public <T> T whileLocked(String memberId, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                    lock.setInt(1, LOCK_SPACE);
                    lock.setInt(2, memberId.hashCode());
                    lock.execute();
                }
                return work.get();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The quota lock of a member failed", e);
        }
    }

    /** The answer to an import that would add {@code adding} cards to a network with room for {@code room}. */
    public ProblemException importTooLarge(long adding, long room) {
        return exceeded(("This file would add %,d contacts to your network, which has room for %,d more: a network "
                + "keeps at most %,d contacts. Nothing was imported.").formatted(adding, Math.max(room, 0),
                        config.maxContactsPerMember()));
    }

    /**
     * The answer to an import that found the network full at {@code line} after all: its cards changed while it ran,
     * so that more of the file's people were new to it than counted before writing.
     */
    public ProblemException fullAt(int line) {
        return exceeded(("Your network was full at line %d, its cards having changed during the import: the people "
                + "before that line are saved. A network keeps at most %,d contacts.").formatted(line,
                        config.maxContactsPerMember()));
    }

    private static ProblemException exceeded(String detail) {
        return new ProblemException(Problem.of(409, "contact-quota", "Contact quota exceeded", detail));
    }
}
