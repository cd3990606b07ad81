package org.warmintro.referral.intro;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.mongodb.client.model.Updates;
import io.quarkus.scheduler.Scheduled;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.warmintro.contracts.network.ContactUpserted;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;
import org.warmintro.referral.projection.ContactProfile;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.signedlinks.LinkTokens;

/**
 * The double opt-in: the connector proposes, the target is asked and answers, the double-intro email introduces
 * them, the connector records what came of it. Every transition stores its event with it in the intro's document and
 * wakes the relay.
 */
@ApplicationScoped
public class IntroWorkflow {

    static final Duration CAP_WINDOW = Duration.ofDays(30);

    private static final Logger LOG = Logger.getLogger(IntroWorkflow.class);
    /** A transition decided on a stale read is decided again; more than a few races in a row means a bug. */
    private static final int ATTEMPTS = 5;

    private final Intros intros;
    private final IntroTargets targets;
    private final ContactProfiles profiles;
    private final LinkTokens tokens;
    private final IntroOutboxRelay relay;
    private final IntroConfig config;
    private final Clock clock;
    private final String publicBaseUrl;
    private final Event<IntroChanged> changed;

    IntroWorkflow(Intros intros, IntroTargets targets, ContactProfiles profiles, LinkTokens tokens,
            IntroOutboxRelay relay, IntroConfig config, Clock clock,
            @ConfigProperty(name = "referral.public-base-url") String publicBaseUrl, Event<IntroChanged> changed) {
        this.changed = changed;
        this.intros = intros;
        this.targets = targets;
        this.profiles = profiles;
        this.tokens = tokens;
        this.relay = relay;
        this.config = config;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /** Proposes the intro and asks the target at once: the seeker's active seeking profile is their consent. */
    public Intro propose(ProposeIntro proposal) {
        ContactProfile seeker = contactOfMember(proposal.memberId(), proposal.seekerId(), "seekerId");
        ContactProfile target = contactOfMember(proposal.memberId(), proposal.targetId(), "targetId");
        if (seeker.contactId().equals(target.contactId())) {
            throw refused("same-person", "A person cannot be introduced to themselves",
                    "seekerId and targetId name the same contact");
        }
        if (!seeker.activelySeeking()) {
            throw refused("seeker-not-seeking", "The seeker is not seeking",
                    "The seeker has no active seeking profile, which is their consent to be introduced");
        }
        ContactUpserted.Consent consent = target.card().consent();
        if (!consent.introductionsAllowed()) {
            throw refused("introductions-not-allowed", "The target does not accept introductions",
                    "The target's consent does not allow introductions");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (intros.declinedSince(seeker.contactId(), target.contactId(), now.minus(config.declineCoolDown()))) {
            throw refused("pair-resting", "The pair is resting",
                    "The target declined this introduction recently; it may be proposed again after "
                            + config.declineCoolDown().toDays() + " days");
        }
        String introId = UUID.randomUUID().toString();
        if (!targets.reserve(target.contactId(), introId, now, consent.maxIntroductionsPer30Days())) {
            throw refused("introduction-cap-reached", "The target had enough introductions",
                    "The target was asked " + consent.maxIntroductionsPer30Days()
                            + " times in the last 30 days, as many as they allow");
        }
        Intro intro = newIntro(introId, proposal, seeker, target, now);
        try {
            intros.insert(intro);
        } catch (Intros.PairTaken e) {
            // a proposal of a pair under way (a second click, two connectors' tabs) must not cost the target one of
            // the requests they allow; only a crash between the two writes leaves a reservation without its intro,
            // which errs on the side of the target: asked once less in that window, never once more
            targets.release(target.contactId(), introId);
            throw refused("intro-exists", "An intro of this pair exists",
                    "This seeker and target have an intro under way or were introduced already");
        }
        relay.wakeUp();
        changed.fire(new IntroChanged(intro.memberId()));
        return intro;
    }

    private Intro newIntro(String id, ProposeIntro proposal, ContactProfile seeker, ContactProfile target,
            Instant now) {
        ContactUpserted.Seeking seeking = seeker.card().seeking();
        Instant expiresAt = now.plus(config.optInValidity());
        String seekerName = nameOf(seeker);
        List<PendingEvent> events = List.of(
                PendingEvent.of(PendingEvent.PROPOSED, IntroState.PROPOSED, now),
                PendingEvent.optIn(PendingEvent.OPT_IN_REQUESTED, now, optInUrl(id, expiresAt), expiresAt));
        return new Intro(id, proposal.memberId(), IntroState.OPT_IN_REQUESTED, proposal.connector(),
                party(seeker, seekerName), party(target, nameOf(target)), seeking.selfIntroduction(),
                seeking.offers(), proposal.roleTitle(), proposal.message(),
                Blurbs.of(seekerName, seeking.selfIntroduction(), seeking.offers()), null, now, now, expiresAt, null,
                null, now, 0, events);
    }

    public Intro ofMember(String memberId, String introId) {
        return intros.find(introId).filter(intro -> intro.memberId().equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("Intro " + introId));
    }

    public Intros.Slice list(String memberId, IntroState state, String seekerId, int page, int size) {
        return intros.ofMember(memberId, state, seekerId, page, size);
    }

    public Intro cancel(String memberId, String introId) {
        return transition(() -> ofMember(memberId, introId), IntroState.CANCELLABLE, intro -> {
            Instant now = clock.instant();
            return new Change(Intros.moveTo(intro, IntroState.CANCELLED, now),
                    PendingEvent.of(PendingEvent.CANCELLED, IntroState.CANCELLED, now));
        });
    }

    public Intro recordOutcome(String memberId, String introId, Outcome outcome) {
        return transition(() -> ofMember(memberId, introId), Set.of(IntroState.INTRODUCED), intro -> {
            Instant now = clock.instant();
            return new Change(Intros.outcome(outcome, now), PendingEvent.outcome(now, outcome));
        });
    }

    /** What an opt-in link shows; changes nothing, because mail scanners follow links. */
    public Intro awaitingAnswer(String token) {
        LinkTokens.Claim claim = claimOf(token);
        Intro intro = intros.find(claim.subject()).orElseThrow(IntroWorkflow::invalidLink);
        requireOpen(intro, claim);
        return intro;
    }

    public Intro accept(String token) {
        return answer(token, IntroState.ACCEPTED, PendingEvent.ACCEPTED);
    }

    public Intro decline(String token) {
        return answer(token, IntroState.DECLINED, PendingEvent.DECLINED);
    }

    private Intro answer(String token, IntroState answer, String eventType) {
        LinkTokens.Claim claim = claimOf(token);
        return transition(() -> intros.find(claim.subject()).orElseThrow(IntroWorkflow::invalidLink), null,
                intro -> {
                    requireOpen(intro, claim);
                    Instant now = clock.instant();
                    return new Change(Intros.moveTo(intro, answer, now), PendingEvent.of(eventType, answer, now));
                });
    }

    /** The claim of an opt-in link, which always expires: a token that does not is none of them. */
    private LinkTokens.Claim claimOf(String token) {
        return tokens.verify(token).filter(claim -> claim.expiresAt().isPresent())
                .orElseThrow(IntroWorkflow::invalidLink);
    }

    private void requireOpen(Intro intro, LinkTokens.Claim claim) {
        if (intro.state() == IntroState.EXPIRED || claim.expiredAt(clock.instant())) {
            throw new ProblemException(Problem.of(410, "opt-in-expired", "This request has expired",
                    "The link expired at " + claim.expiresAt().orElseThrow()));
        }
        if (intro.state() == IntroState.CANCELLED) {
            throw new ProblemException(Problem.of(409, "opt-in-withdrawn", "This request was withdrawn",
                    "The introduction was withdrawn; nothing is asked of you any more"));
        }
        if (intro.state() != IntroState.OPT_IN_REQUESTED) {
            throw new ProblemException(Problem.of(409, "opt-in-answered", "This request was answered already",
                    "This introduction is " + intro.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + "; the link works once only"));
        }
    }

    /** The double-intro email went out: the seeker and the target know each other now. Repeats change nothing. */
    public void introduced(String introId) {
        if (intros.find(introId).isEmpty()) {
            LOG.debugf("Ignored the double intro of intro %s: this service does not know it", introId);
            return;
        }
        try {
            transition(() -> intros.find(introId).orElseThrow(), Set.of(IntroState.ACCEPTED), current -> {
                Instant now = clock.instant();
                return new Change(Intros.moveTo(current, IntroState.INTRODUCED, now),
                        PendingEvent.of(PendingEvent.INTRODUCED, IntroState.INTRODUCED, now));
            });
        } catch (ProblemException e) {
            LOG.debugf("Ignored the double intro of intro %s: %s", introId, e.getMessage());
        }
    }

    /** Reminds the targets whose request expires soon, once, and expires the requests left unanswered. */
    @Scheduled(every = "${referral.intro.opt-in-sweep-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void sweepOptIns() {
        Instant now = clock.instant();
        for (Intro due : intros.awaitingAnswerExpiringBy(now)) {
            transitionQuietly(due.id(), intro -> new Change(Intros.moveTo(intro, IntroState.EXPIRED, now),
                    PendingEvent.of(PendingEvent.EXPIRED, IntroState.EXPIRED, now)));
        }
        for (Intro due : intros.unremindedExpiringBetween(now, now.plus(config.reminderBefore()))) {
            transitionQuietly(due.id(), intro -> intro.remindedAt() != null ? null
                    : new Change(Intros.remindedAt(now), PendingEvent.optIn(PendingEvent.OPT_IN_REMINDED, now,
                            optInUrl(intro.id(), intro.expiresAt()), intro.expiresAt())));
        }
    }

    private void transitionQuietly(String introId, Function<Intro, Change> decide) {
        try {
            transition(() -> intros.find(introId).orElseThrow(), Set.of(IntroState.OPT_IN_REQUESTED), decide);
        } catch (ProblemException e) {
            LOG.debugf("Left intro %s alone: %s", introId, e.getMessage());
        }
    }

    /**
     * Erases the person from every intro that names them, one document at a time, and cancels the intros that
     * had not happened yet: nobody is introduced to, or on behalf of, a person who asked to be forgotten. The
     * requests they received as a target go too.
     */
    public void erase(String contactId) {
        for (Intro named : intros.naming(contactId)) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Intro intro = intros.find(named.id()).orElse(null);
                if (intro == null || eraseOnce(intro, contactId)) {
                    break;
                }
            }
        }
        targets.forget(contactId);
        relay.wakeUp();
    }

    /**
     * An intro under way is cancelled first: nobody is asked about, or introduced to, a person who is gone. Then
     * the erasure is published, so that consumers forget what earlier events told them of the person.
     */
    private boolean eraseOnce(Intro intro, String contactId) {
        if (erasedAlready(intro, contactId)) {
            return true;
        }
        Instant now = clock.instant();
        Bson erasure = Intros.erasure(intro, contactId, now);
        boolean pending = IntroState.CANCELLABLE.contains(intro.state()) || intro.state() == IntroState.ACCEPTED;
        if (!pending) {
            return intros.apply(intro, erasure, PendingEvent.of(PendingEvent.ERASED, intro.state(), now)).isPresent();
        }
        Bson changes = Updates.combine(erasure, Intros.moveTo(intro, IntroState.CANCELLED, now));
        return intros.apply(intro, changes, PendingEvent.of(PendingEvent.CANCELLED, IntroState.CANCELLED, now),
                PendingEvent.of(PendingEvent.ERASED, IntroState.CANCELLED, now)).isPresent();
    }

    /** A tombstone read again erases nothing new, and tells consumers nothing new. */
    private static boolean erasedAlready(Intro intro, String contactId) {
        Party party = contactId.equals(intro.seeker().contactId()) ? intro.seeker() : intro.target();
        return party.isErased();
    }

    /** A state change decided on a read of the intro, with the event that tells of it. */
    private record Change(Bson changes, PendingEvent event) {
    }

    /**
     * Decides on the intro as read and stores the change if nobody changed the intro meanwhile; otherwise reads
     * and decides again, so that a concurrent transition wins cleanly and the loser answers 409.
     *
     * @param from   the states the transition leaves from; null when {@code decide} checks them itself
     * @param decide the change, or null for none
     */
    private Intro transition(Supplier<Intro> read, Set<IntroState> from,
            Function<Intro, Change> decide) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Intro intro = read.get();
            if (from != null && !from.contains(intro.state())) {
                throw illegalTransition(intro);
            }
            Change change = decide.apply(intro);
            if (change == null) {
                return intro;
            }
            Optional<Intro> changed = intros.apply(intro, change.changes(), change.event());
            if (changed.isPresent()) {
                relay.wakeUp();
                this.changed.fire(new IntroChanged(intro.memberId()));
                return changed.get();
            }
        }
        throw new IllegalStateException("Intro kept changing under " + ATTEMPTS + " attempts to change it");
    }

    private String optInUrl(String introId, Instant expiresAt) {
        return publicBaseUrl + "/optin/" + tokens.issue(introId, expiresAt);
    }

    private ContactProfile contactOfMember(String memberId, String contactId, String field) {
        return profiles.find(contactId).filter(profile -> memberId.equals(profile.memberId()))
                .orElseThrow(() -> new ProblemException(Problem.of(404, "not-found", "Not found",
                        "Contact " + contactId + " (" + field + ") is not in your network")));
    }

    private static Party party(ContactProfile profile, String name) {
        ContactUpserted card = profile.card();
        return new Party(profile.contactId(), name, card.givenName(), card.email(), card.headline(), card.locale(),
                card.timezone());
    }

    private static String nameOf(ContactProfile profile) {
        return profile.fullName() == null || profile.fullName().isBlank() ? "A contact" : profile.fullName();
    }

    private static ProblemException illegalTransition(Intro intro) {
        return new ProblemException(Problem.of(409, "illegal-transition", "Not possible in this state",
                "The intro is " + intro.state() + ", which does not allow this"));
    }

    private static ProblemException refused(String slug, String title, String detail) {
        return new ProblemException(Problem.of(409, slug, title, detail));
    }

    private static ProblemException invalidLink() {
        return new ProblemException(Problem.of(404, "opt-in-link-invalid", "This link is not valid",
                "The link is not one this service sent, or it was altered"));
    }
}
