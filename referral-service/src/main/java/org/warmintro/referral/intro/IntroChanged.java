package org.warmintro.referral.intro;

/**
 * Fired after an intro of the member changed state: whom matching may suggest, and how much of each target's cap
 * is used, changed with it.
 */
public record IntroChanged(String memberId) {
}
