package org.warmintro.referral.intro;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.warmintro.referral.projection.ContactErased;

/** Carries a person's erasure into the intros that name them. */
@ApplicationScoped
public class IntroErasure {

    private final IntroWorkflow workflow;

    IntroErasure(IntroWorkflow workflow) {
        this.workflow = workflow;
    }

    void onErased(@Observes ContactErased erased) {
        workflow.erase(erased.contactId());
    }
}
