package org.warmintro.contacts.contact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
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
 * <p>The database keeps each network's size in a row of its own ({@code network_size}, V4__network_size.sql), so that
 * a check reads one row however large the network. Whatever adds cards to a network first locks that row and reads
 * the room left under it ({@link #lockedRoom}): two transactions of one member cannot both take the last places, on
 * any replica. An erase locks it too before it deletes, so that every transaction takes the row before the cards.
 * Imports of one member also take turns, under an advisory lock held for as long as an import writes.
 */
@ApplicationScoped
public class NetworkQuota {

    /** The first key of every member's import lock; the second is the member's id, hashed. "cont" in ASCII. */
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
        long room = lockedRoom(memberId);
        if (room < 1) {
            throw exceeded(("A network keeps at most %,d contacts and yours has room for %,d more: erase a contact to "
                    + "add another").formatted(config.maxContactsPerMember(), Math.max(room, 0)));
        }
    }

    /**
     * Locks the member's network size until the caller's transaction ends, and tells how many more cards the network
     * may take: no other transaction adds or erases a card of this member meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lockedRoom(String memberId) {
        Number size = (Number) entityManager.createNativeQuery("""
                insert into network_size as n (member_id, contacts) values (:member, 0)
                on conflict (member_id) do update set contacts = n.contacts
                returning contacts
                """).setParameter("member", memberId).getSingleResult();
        return config.maxContactsPerMember() - size.longValue();
    }

    /** How many more cards the member's network may take now. */
    @Transactional
    public long room(String memberId) {
        List<?> size = entityManager.createNativeQuery("select contacts from network_size where member_id = :member")
                .setParameter("member", memberId).getResultList();
        return config.maxContactsPerMember() - (size.isEmpty() ? 0 : ((Number) size.get(0)).longValue());
    }

    /**
     * Runs {@code work}, which adds cards to the member's network in transactions of its own, holding the member's
     * import lock until it returns: the imports of one member take turns. The lock is held by a transaction on a connection of its own, outside JTA, so that
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
            throw new IllegalStateException("The import lock of a member failed", e);
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
