package org.warmintro.referral.intro;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.warmintro.referral.matching.ContactPair;
import org.warmintro.referral.matching.Exclusions;

/** {@link IntroHistory} as the intros collection records it. */
@ApplicationScoped
public class StoredIntroHistory implements IntroHistory {

    private final Intros intros;
    private final IntroConfig config;

    StoredIntroHistory(Intros intros, IntroConfig config) {
        this.intros = intros;
        this.config = config;
    }

    @Override
    public Exclusions exclusions(String memberId, Instant now) {
        return new Exclusions(intros.excluding(memberId, now.minus(config.declineCoolDown())).stream()
                .map(intro -> new ContactPair(intro.seeker().contactId(), intro.target().contactId()))
                .collect(Collectors.toSet()));
    }

    @Override
    public Map<String, Integer> requestsInLast30Days(String memberId, Instant now) {
        return intros.requestsByTarget(memberId, now.minus(IntroWorkflow.CAP_WINDOW));
    }
}
