package org.warmintro.referral.vocabulary;

/**
 * An O*NET-SOC occupation.
 *
 * @param index   its position in the catalog, so that callers can keep per-occupation data in arrays
 * @param code    the O*NET-SOC code, e.g. {@code 15-1252.00}
 * @param jobZone the preparation it needs, 1 (little) to 5 (extensive); 0 where O*NET does not rate it
 */
public record Occupation(int index, String code, String title, int jobZone) {

    /** The SOC major group, the first two digits of the code: {@code 15} is Computer and Mathematical. */
    public String majorGroup() {
        return code.substring(0, 2);
    }
}
