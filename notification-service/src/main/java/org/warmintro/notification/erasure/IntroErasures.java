package org.warmintro.notification.erasure;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.warmintro.contracts.intro.ErasedParty;
import org.warmintro.notification.delivery.NotificationDispatcher;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.RecipientRole;
import org.warmintro.notification.delivery.SuppressionReason;
import org.warmintro.notification.digest.ConnectorDigests;
import org.warmintro.notification.digest.HeldMailDigests;

/**
 * Forgets what this service kept of a person who asked to be forgotten, intro by intro, as referral-service tells
 * of each intro that named them ({@code referral.intro.erased.v1}).
 * <p>
 * Every email of such an intro speaks of the person, so all of them lose their subject, bodies, addresses and opt-in
 * link, and the ones not sent yet, pending or held beyond the cap, never leave (SUPPRESSED, reason ERASED). A digest
 * that has not left is composed again without what it carried of the intro (suppressed if nothing else is left); a
 * digest that left loses its bodies. The erased person's own address leaves the rows addressed to them. Digest
 * lines about the intro lose the person's name. Suppressions stay: an address that asked for no email is kept so
 * that it gets none.
 */
@ApplicationScoped
public class IntroErasures {

    private static final Logger LOG = Logger.getLogger(IntroErasures.class);

    private final EntityManager entityManager;
    private final NotificationRepository notifications;
    private final HeldMailDigests heldMailDigests;
    private final ConnectorDigests connectorDigests;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    IntroErasures(EntityManager entityManager, NotificationRepository notifications, HeldMailDigests heldMailDigests,
            ConnectorDigests connectorDigests, NotificationDispatcher dispatcher, Clock clock) {
        this.entityManager = entityManager;
        this.notifications = notifications;
        this.heldMailDigests = heldMailDigests;
        this.connectorDigests = connectorDigests;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Whether an event of this intro must be left alone: someone it names was forgotten. */
    @Transactional
    public boolean isErased(UUID introId) {
        return !entityManager.createNativeQuery("select 1 from erased_intro where intro_id = :introId")
                .setParameter("introId", introId)
                .getResultList().isEmpty();
    }

    /**
     * @param erasedParties whose data the intro no longer holds
     */
    @Transactional
    public void erase(UUID introId, Collection<ErasedParty> erasedParties) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("""
                insert into erased_intro (intro_id, erased_at) values (:introId, :now) on conflict do nothing
                """)
                .setParameter("introId", introId).setParameter("now", now)
                .executeUpdate();
        NotificationRepository.Withdrawn withdrawn =
                notifications.suppressUnsentOf(introId, SuppressionReason.ERASED, now);
        heldMailDigests.recompose(withdrawn.heldMailDigests(), SuppressionReason.ERASED, now);
        connectorDigests.recomposeWithout(introId, SuppressionReason.ERASED, now);
        // the digests composed again no longer name the intro: what follows leaves them alone
        entityManager.flush();
        forgetContent(introId);
        if (erasedParties.contains(ErasedParty.TARGET)) {
            forgetAddressOf(RecipientRole.TARGET, introId);
        }
        forgetNamesInDigests(introId, erasedParties);
        LOG.infof("Intro %s named a person who was erased: its notifications forget them, %d will not be sent",
                introId, withdrawn.suppressed());
        if (withdrawn.suppressed() > 0) {
            dispatcher.wakeUp();
        }
    }

    /**
     * The intro's emails, and the digests that carried its lines or its emails and left (or never will): the ones
     * still to leave were composed again without them.
     */
    private void forgetContent(UUID introId) {
        entityManager.createNativeQuery("""
                update notification
                set subject = null, text_body = null, html_body = null, envelope = null, last_error = null,
                    opt_in_url = null
                where intro_id = :introId
                    or id in (select notification_id from digest_item where intro_id = :introId)
                    or (status <> 'PENDING' and id in (select digest_id from notification where intro_id = :introId))
                """)
                .setParameter("introId", introId)
                .executeUpdate();
    }

    /**
     * The row keeps an id of its own in place of the address: the key (event, recipient, template) stays unique,
     * and a replayed event of the intro is stopped by the erased intro before it looks for its row.
     */
    private void forgetAddressOf(RecipientRole role, UUID introId) {
        entityManager.createNativeQuery("""
                update notification set recipient = 'erased:' || id
                where intro_id = :introId and recipient_role = :role
                """)
                .setParameter("introId", introId).setParameter("role", role.name())
                .executeUpdate();
    }

    private void forgetNamesInDigests(UUID introId, Collection<ErasedParty> erasedParties) {
        entityManager.createNativeQuery("""
                update digest_item
                set seeker_name = case when :seekerErased then null else seeker_name end,
                    target_name = case when :targetErased then null else target_name end
                where intro_id = :introId
                """)
                .setParameter("seekerErased", erasedParties.contains(ErasedParty.SEEKER))
                .setParameter("targetErased", erasedParties.contains(ErasedParty.TARGET))
                .setParameter("introId", introId).executeUpdate();
        entityManager.createNativeQuery("delete from digest_item where intro_id = :introId and notification_id is null")
                .setParameter("introId", introId).executeUpdate();
    }
}
