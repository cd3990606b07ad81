package org.warmintro.referral.intro;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.warmintro.contracts.EventType;
import org.warmintro.contracts.intro.Connector;
import org.warmintro.contracts.intro.ErasedParty;
import org.warmintro.contracts.intro.IntroChanged;
import org.warmintro.contracts.intro.IntroErased;
import org.warmintro.contracts.intro.OptInRequested;
import org.warmintro.contracts.intro.OutcomeRecorded;
import org.warmintro.contracts.intro.Seeker;
import org.warmintro.contracts.intro.Target;

/**
 * The data of the {@code referral.intro.*.v1} events, as the records of the contracts: everything a notifier needs to
 * write the emails, so that it never has to call back.
 */
@ApplicationScoped
public class IntroEvents {

    private final ObjectMapper json;

    IntroEvents(ObjectMapper json) {
        this.json = json;
    }

    String data(Intro intro, PendingEvent event) {
        return json(record(intro, event));
    }

    private static Object record(Intro intro, PendingEvent event) {
        EventType type = EventType.of(event.type())
                .orElseThrow(() -> new IllegalStateException("No contract for intro event type " + event.type()));
        UUID introId = UUID.fromString(intro.id());
        org.warmintro.contracts.intro.IntroState state = state(event.state());
        return switch (type) {
            case INTRO_ERASED -> new IntroErased(introId, intro.memberId(), state, event.occurredAt(),
                    erasedParties(intro));
            case INTRO_OPT_IN_REQUESTED, INTRO_OPT_IN_REMINDED -> new OptInRequested(introId, intro.memberId(), state,
                    event.occurredAt(), intro.roleTitle(), intro.message(), intro.blurb(), connector(intro),
                    seeker(intro), target(intro), event.optInUrl(), event.expiresAt());
            case INTRO_OUTCOME_RECORDED -> new OutcomeRecorded(introId, intro.memberId(), state, event.occurredAt(),
                    intro.roleTitle(), intro.message(), intro.blurb(), connector(intro), seeker(intro), target(intro),
                    org.warmintro.contracts.intro.Outcome.valueOf(event.outcome().name()));
            case INTRO_PROPOSED, INTRO_ACCEPTED, INTRO_DECLINED, INTRO_EXPIRED, INTRO_CANCELLED, INTRO_INTRODUCED ->
                new IntroChanged(introId, intro.memberId(), state, event.occurredAt(), intro.roleTitle(),
                        intro.message(), intro.blurb(), connector(intro), seeker(intro), target(intro));
            default -> throw new IllegalStateException(event.type() + " is not an intro event");
        };
    }

    private static org.warmintro.contracts.intro.IntroState state(IntroState state) {
        return org.warmintro.contracts.intro.IntroState.valueOf(state.name());
    }

    private static Connector connector(Intro intro) {
        Party connector = intro.connector();
        return new Connector(connector.name(), connector.givenName(), connector.email(), connector.locale(),
                connector.timezone());
    }

    private static Seeker seeker(Intro intro) {
        Party seeker = intro.seeker();
        return new Seeker(UUID.fromString(seeker.contactId()), seeker.name(), seeker.givenName(), seeker.email(),
                seeker.headline(), seeker.locale(), seeker.timezone(), intro.selfIntroduction(), intro.offers());
    }

    private static Target target(Intro intro) {
        Party target = intro.target();
        return new Target(UUID.fromString(target.contactId()), target.name(), target.givenName(), target.email(),
                target.headline(), target.locale(), target.timezone());
    }

    private static List<ErasedParty> erasedParties(Intro intro) {
        List<ErasedParty> erased = new ArrayList<>();
        if (intro.seeker().isErased()) {
            erased.add(ErasedParty.SEEKER);
        }
        if (intro.target().isErased()) {
            erased.add(ErasedParty.TARGET);
        }
        return erased;
    }

    private String json(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An intro event cannot be written as JSON", e);
        }
    }
}
