package org.warmintro.referral.intro;

/**
 * A proposal as the workflow receives it, after the request was validated.
 *
 * @param connector the calling member, as their token names them
 */
record ProposeIntro(String memberId, Party connector, String seekerId, String targetId, String roleTitle,
        String message) {
}
