package org.warmintro.contacts;

/**
 * How long a value, and how many values a list, the API takes: sized from real data with room to spare, so that a real
 * person or role always fits, and the same for an import, whose people are checked by the same requests. The
 * {@code @Size} annotations of the requests name these, so that the OpenAPI document states them (maxLength, maxItems).
 * A card filled to every limit stays well under the 1 MiB a Kafka record may hold by default, as its snapshot on
 * {@code contacts.profiles.v1}. README: Limits.
 */
public final class FieldLimits {

    /** A person's name as they write it, several given and family names included. */
    public static final int FULL_NAME = 200;
    /** The name a person is greeted by: one or a few of the given names of {@link #FULL_NAME}. */
    public static final int GIVEN_NAME = 100;
    /** RFC 5321: a path holds at most 256 octets, its angle brackets included. */
    public static final int EMAIL = 254;
    /**
     * LinkedIn's profile URLs run to about 130 characters (a custom one takes 3 to 100 letters or digits). The bound is
     * what the unique index of a network's profile URLs holds whatever the characters: a PostgreSQL B-tree entry takes
     * at most 2,704 bytes, a member id up to 255 (OpenID Connect's {@code sub}), a character up to 3 in UTF-8.
     */
    public static final int PROFILE_URL = 800;
    /** LinkedIn headlines run to 220 characters. */
    public static final int HEADLINE = 300;
    /** A company's registered name, legal form included. */
    public static final int COMPANY = 200;
    /**
     * A job title, of a card, an open role or a seeker's target: O*NET 29.2's alternate titles run to 128 characters,
     * its occupations to 105.
     */
    public static final int JOB_TITLE = 200;
    /** A field of work, as wide as an occupation: O*NET 29.2's occupation titles run to 105 characters. */
    public static final int FIELD = 200;
    /** One skill: O*NET 29.2's technology names run to 111 characters (99.9% of them to 75). */
    public static final int SKILL = 150;
    /** The skills of a card or a seeker: a LinkedIn profile lists at most 100. */
    public static final int SKILLS = 100;
    /** The skills an open role asks for. */
    public static final int ROLE_SKILLS = 50;
    /** A place: a city, its region and its country. */
    public static final int LOCATION = 200;
    /** A member's own label for their contacts, and how many a card carries. */
    public static final int TAG = 40;
    public static final int TAGS = 30;
    public static final int HOW_WE_MET = 500;
    /** A self-introduction to forward as it is: a paragraph or two. The event's JSON Schema states the same bounds. */
    public static final int SELF_INTRODUCTION_MIN = 50;
    public static final int SELF_INTRODUCTION = 2000;
    public static final int TARGET_ROLES = 10;
    public static final int LOCATIONS = 10;
    public static final int OFFERS = 1000;
    public static final int OPEN_ROLES = 20;
    public static final int NOTE = 5000;
    public static final int INTERACTION_SUMMARY = 1000;
    /** The words of a search. */
    public static final int SEARCH_WORDS = 200;

    private FieldLimits() {
    }
}
