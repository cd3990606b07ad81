package org.warmintro.notification.mail;

/** The name an email greets a person by. */
public final class GivenNames {

    private GivenNames() {
    }

    /**
     * The given name an intro event carries, or else the first word of the person's name: events published before
     * the field existed, and cards that do not say, give none.
     *
     * @return null only when both are missing
     */
    public static String toGreet(String givenName, String name) {
        if (givenName != null && !givenName.isBlank()) {
            return givenName.strip();
        }
        if (name == null || name.isBlank()) {
            return name;
        }
        return name.strip().split("\\s+", 2)[0];
    }
}
