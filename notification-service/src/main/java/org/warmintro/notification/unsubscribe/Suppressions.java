package org.warmintro.notification.unsubscribe;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The addresses that unsubscribed: they get nothing more. */
@ApplicationScoped
public class Suppressions {

    private final EntityManager entityManager;

    Suppressions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Unsubscribing twice changes nothing, and keeps the time of the first. */
    @Transactional
    public void suppress(String address, Instant now) {
        entityManager.createNativeQuery("""
                insert into suppression (address, suppressed_at) values (:address, :now)
                on conflict (address) do nothing
                """)
                .setParameter("address", normalised(address))
                .setParameter("now", now)
                .executeUpdate();
    }

    @Transactional
    public boolean anySuppressed(Collection<String> addresses) {
        return !entityManager.createNativeQuery("select 1 from suppression where address in (:addresses)")
                .setParameter("addresses", addresses.stream().map(Suppressions::normalised).toList())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static String normalised(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
