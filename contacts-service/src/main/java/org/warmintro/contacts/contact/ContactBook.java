package org.warmintro.contacts.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.jpa.HibernateHints;
import org.warmintro.contacts.outbox.Outbox;
import org.warmintro.contacts.search.SearchDocuments;
import org.warmintro.contacts.skill.SkillNormaliser;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * A member's contact cards. Every change is committed together with the profile event that announces it, and a
 * member only ever reaches their own cards: another member's card does not exist for them.
 */
@ApplicationScoped
public class ContactBook {

    /** The unique indexes that keep one card per person in a member's network (V1__contacts_and_outbox.sql). */
    private static final String EMAIL_INDEX = "contact_member_email";
    private static final String PROFILE_URL_INDEX = "contact_member_profile_url";

    private final Outbox outbox;
    private final NetworkQuota quota;
    private final SkillNormaliser skillNormaliser;
    private final RelationshipStrength relationshipStrength;
    private final SearchDocuments searchDocuments;
    private final EntityManager entityManager;
    private final Clock clock;

    ContactBook(Outbox outbox, NetworkQuota quota, SkillNormaliser skillNormaliser,
            RelationshipStrength relationshipStrength, SearchDocuments searchDocuments, EntityManager entityManager,
            Clock clock) {
        this.outbox = outbox;
        this.searchDocuments = searchDocuments;
        this.quota = quota;
        this.skillNormaliser = skillNormaliser;
        this.relationshipStrength = relationshipStrength;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Adds a card, if the member's network has room for it (see {@link NetworkQuota}). */
    @Transactional
    public Contact create(String memberId, ContactRequest request) {
        quota.reserveOne(memberId);
        Contact contact = newContact(memberId, request);
        rejectDuplicate(contact);
        contact.persist();
        changedRefusingDuplicates(contact);
        return contact;
    }

    /**
     * Adds many cards in the caller's transaction, as {@link #create} would one by one but with one flush and one
     * search refresh for them all: for imports. The caller makes sure that none duplicates another card, the unique
     * indexes still refusing one that does, and has locked the member's network size
     * ({@link NetworkQuota#lockedRoom}) with room for them all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Contact> createAll(String memberId, List<ContactRequest> requests) {
        List<Contact> contacts = requests.stream().map(request -> newContact(memberId, request)).toList();
        contacts.forEach(contact -> contact.persist());
        changed(contacts);
        return contacts;
    }

    /**
     * The card, read in the caller's transaction if there is one; a read alone needs none, and one statement in
     * autocommit spares it the round trip of a commit.
     */
    public Contact find(String memberId, UUID id) {
        return Contact.<Contact>find("id = ?1 and memberId = ?2", id, memberId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Contact " + id));
    }

    /** Replaces the card's own fields; its seeking and hiring profiles, notes and interactions stay. */
    @Transactional
    public Contact replace(String memberId, UUID id, Optional<Long> expectedVersion, ContactRequest request) {
        return update(memberId, id, expectedVersion, contact -> replaceFields(contact, request));
    }

    /** Writes {@code request} over the card's own fields, inside an {@link #update}. */
    public void replaceFields(Contact contact, ContactRequest request) {
        apply(request, contact);
        rejectDuplicate(contact);
    }

    /**
     * Changes a card with {@code change}, provided the caller saw its latest version: a change made on an outdated
     * copy would silently undo someone else's.
     */
    @Transactional
    public Contact update(String memberId, UUID id, Optional<Long> expectedVersion, Consumer<Contact> change) {
        Contact contact = findLocked(memberId, id);
        expectedVersion.filter(expected -> expected != contact.version).ifPresent(expected -> {
            throw ProblemException.preconditionFailed(
                    "The contact is at version " + contact.version + ", not " + expected + "; read it again");
        });
        contact.updatedAt = clock.instant();
        change.accept(contact);
        changedRefusingDuplicates(contact);
        return contact;
    }

    /**
     * The card, locked as it is read: a change or an erasure that comes while another change of the card is being
     * written waits for it and then applies to what it wrote, where both reading the same version would fail the
     * second at its write.
     */
    private Contact findLocked(String memberId, UUID id) {
        return Contact.<Contact>find("id = ?1 and memberId = ?2", id, memberId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Contact " + id));
    }

    /**
     * Writes each request over the own fields of its card, read in the caller's transaction, as {@link #replace} would
     * one by one but with one flush and one search refresh for them all: for imports. The caller makes sure that none
     * duplicates another card; the unique indexes still refuse one that does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceAll(Map<Contact, ContactRequest> replacements) {
        Instant now = clock.instant();
        replacements.forEach((contact, request) -> {
            contact.updatedAt = now;
            apply(request, contact);
        });
        changed(replacements.keySet());
    }

    /** Erases the person (right to be forgotten) and publishes a tombstone so that every copy downstream goes too. */
    @Transactional
    public void erase(String memberId, UUID id) {
        // the network size first, as an import's chunk takes it before the cards it changes: never the other way round
        quota.lockedRoom(memberId);
        Contact contact = findLocked(memberId, id);
        contact.delete();
        // the delete takes its place in the table's history before the tombstone takes its outbox id
        entityManager.flush();
        outbox.record(ContactEvents.ERASED, contact.id, null);
    }

    /** The card as the API shows it, its relationship strength faded to today. */
    public ContactView view(Contact contact) {
        return new ContactView(contact.id, contact.fullName, contact.givenName, contact.email, contact.profileUrl,
                contact.headline,
                contact.company, contact.title, contact.seniority, contact.field, List.copyOf(contact.skills),
                contact.location, contact.timezone, contact.locale, List.copyOf(contact.tags),
                new ContactView.RelationshipView(
                        contact.relationshipStrength == null ? null : contact.relationshipStrength.intValue(),
                        relationshipStrength.current(contact.relationshipStrength, contact.lastInteractionAt,
                                clock.instant()),
                        contact.howWeMet, contact.lastInteractionAt, contact.valueGiven, contact.valueReceived),
                new ContactView.ConsentView(contact.introductionsAllowed, contact.maxIntroductionsPer30Days),
                contact.seeking, contact.hiring, contact.version, contact.createdAt, contact.updatedAt);
    }

    /** The card as a request that would write it again: the base a merge patch applies to. */
    public ContactRequest asRequest(Contact contact) {
        return ContactRequest.builder().fullName(contact.fullName).givenName(contact.givenName).email(contact.email).profileUrl(contact.profileUrl)
                .headline(contact.headline).company(contact.company).title(contact.title).seniority(contact.seniority)
                .field(contact.field).skills(List.copyOf(contact.skills)).location(contact.location)
                .timezone(contact.timezone).locale(contact.locale).tags(List.copyOf(contact.tags))
                .relationship(new ContactRequest.Relationship(
                        contact.relationshipStrength == null ? null : contact.relationshipStrength.intValue(),
                        contact.howWeMet, contact.lastInteractionAt))
                .consent(new ContactRequest.Consent(contact.introductionsAllowed,
                        (int) contact.maxIntroductionsPer30Days))
                .build();
    }

    /**
     * Records the change of one card. {@link #rejectDuplicate} saw no other card with its email or profile URL, but
     * another request may have committed one since: the unique index refuses the card then, and so does the API.
     */
    private void changedRefusingDuplicates(Contact contact) {
        try {
            changed(List.of(contact));
        } catch (PersistenceException e) {
            String index = violatedConstraint(e);
            if (EMAIL_INDEX.equals(index)) {
                throw duplicate("email " + contact.email);
            }
            if (PROFILE_URL_INDEX.equals(index)) {
                throw duplicate("profile URL " + contact.profileUrl);
            }
            throw e;
        }
    }

    private static String violatedConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getConstraintName();
            }
        }
        return null;
    }

    /**
     * Records the changes: writes them (which bumps the versions: every change sets a new {@code updatedAt}),
     * refreshes the full-text documents and writes the new snapshots to the outbox, all in the caller's transaction.
     */
    private void changed(Collection<Contact> contacts) {
        entityManager.flush();
        searchDocuments.refresh(contacts.stream().map(contact -> contact.id).toList());
        outbox.recordAll(contacts.stream().map(contact -> new Outbox.PendingEvent(ContactEvents.UPSERTED, contact.id,
                ContactSnapshot.of(view(contact), contact.memberId))).toList());
    }

    private Contact newContact(String memberId, ContactRequest request) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.memberId = memberId;
        contact.createdAt = clock.instant();
        contact.updatedAt = contact.createdAt;
        apply(request, contact);
        return contact;
    }

    private void apply(ContactRequest request, Contact contact) {
        contact.fullName = request.fullName().strip();
        contact.givenName = blankToNull(request.givenName());
        contact.email = request.email() == null ? null : request.email().strip().toLowerCase(Locale.ROOT);
        contact.profileUrl = blankToNull(request.profileUrl());
        contact.headline = blankToNull(request.headline());
        contact.company = blankToNull(request.company());
        contact.title = blankToNull(request.title());
        contact.seniority = request.seniority();
        contact.field = blankToNull(request.field());
        contact.skills = request.skills() == null ? List.of() : skillNormaliser.normalise(request.skills());
        contact.location = blankToNull(request.location());
        contact.timezone = request.timezone();
        contact.locale = request.locale();
        contact.tags = request.tags() == null ? List.of()
                : request.tags().stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        ContactRequest.Relationship relationship = request.relationship();
        contact.relationshipStrength = relationship == null || relationship.strength() == null ? null
                : relationship.strength().shortValue();
        contact.howWeMet = relationship == null ? null : blankToNull(relationship.howWeMet());
        contact.lastInteractionAt = relationship == null ? null : relationship.lastInteractionAt();
        ContactRequest.Consent consent = request.consent();
        contact.introductionsAllowed = consent == null || consent.introductionsAllowed() == null
                || consent.introductionsAllowed();
        contact.maxIntroductionsPer30Days = consent == null || consent.maxIntroductionsPer30Days() == null
                ? 2 : consent.maxIntroductionsPer30Days().shortValue();
    }

    private void rejectDuplicate(Contact contact) {
        if (contact.email != null) {
            sameMember(contact, "email", contact.email).ifPresent(existing -> {
                throw duplicate("email " + contact.email + ": " + existing.id);
            });
        }
        if (contact.profileUrl != null) {
            sameMember(contact, "profileUrl", contact.profileUrl).ifPresent(existing -> {
                throw duplicate("profile URL " + contact.profileUrl + ": " + existing.id);
            });
        }
    }

    private static Optional<Contact> sameMember(Contact contact, String field, String value) {
        // no flush before this query: a half-applied change must not be written, nor bump the version twice
        return Contact.<Contact>find("memberId = ?1 and " + field + " = ?2 and id <> ?3", contact.memberId, value,
                contact.id).withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional();
    }

    private static ProblemException duplicate(String what) {
        return new ProblemException(Problem.of(409, "duplicate-contact", "Duplicate contact",
                "Your network already has a contact with this " + what));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
