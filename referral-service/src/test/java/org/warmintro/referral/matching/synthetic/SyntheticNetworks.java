package org.warmintro.referral.matching.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.warmintro.referral.matching.HiringContact;
import org.warmintro.referral.matching.IntroductionConsent;
import org.warmintro.referral.matching.NetworkStatistics;
import org.warmintro.referral.matching.OpenRole;
import org.warmintro.referral.matching.Relationship;
import org.warmintro.referral.matching.Seeker;
import org.warmintro.referral.matching.Seniority;
import org.warmintro.referral.vocabulary.Occupation;
import org.warmintro.referral.vocabulary.OccupationCatalog;
import org.warmintro.referral.vocabulary.TechnologySkills;

/**
 * Networks made from O*NET, for the match-quality evaluation and the benchmarks: people and roles are drawn
 * from occupations, their titles from the occupation's alternate titles, their skills from its technologies with
 * some noise (a few skills of other occupations), the rest at random. Deterministic for a seed; not thread-safe.
 *
 * <p>This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
 * Training Administration (USDOL/ETA), used under the CC BY 4.0 license.
 */
public final class SyntheticNetworks {

    /**
     * A network: its hiring contacts, the skill statistics over all its contacts, hiring or not, and the occupation
     * each open role was drawn from (by identity: two roles may be equal), which the evaluation needs as the truth.
     */
    public record Network(List<HiringContact> hiringContacts, NetworkStatistics statistics,
            Map<OpenRole, Occupation> occupationOfRole) {
    }

    private static final Map<String, String> SOC_MAJOR_GROUPS = Map.ofEntries(
            Map.entry("11", "Management"), Map.entry("13", "Business and Financial Operations"),
            Map.entry("15", "Computer and Mathematical"), Map.entry("17", "Architecture and Engineering"),
            Map.entry("19", "Life, Physical, and Social Science"), Map.entry("21", "Community and Social Service"),
            Map.entry("23", "Legal"), Map.entry("25", "Educational Instruction and Library"),
            Map.entry("27", "Arts, Design, Entertainment, Sports, and Media"),
            Map.entry("29", "Healthcare Practitioners and Technical"), Map.entry("31", "Healthcare Support"),
            Map.entry("33", "Protective Service"), Map.entry("35", "Food Preparation and Serving Related"),
            Map.entry("37", "Building and Grounds Cleaning and Maintenance"),
            Map.entry("39", "Personal Care and Service"), Map.entry("41", "Sales and Related"),
            Map.entry("43", "Office and Administrative Support"), Map.entry("45", "Farming, Fishing, and Forestry"),
            Map.entry("47", "Construction and Extraction"), Map.entry("49", "Installation, Maintenance, and Repair"),
            Map.entry("51", "Production"), Map.entry("53", "Transportation and Material Moving"),
            Map.entry("55", "Military Specific"));
    private static final List<String> PLACES = List.of("Brussels", "Antwerp", "Ghent", "Leuven", "Liège", "Namur",
            "Mechelen", "Bruges");
    private static final List<String> COMPANY_STEMS = List.of("Brabant", "Scheldt", "Meuse", "Zenne", "Ardennes",
            "Flanders", "Sonian", "Atomium", "Kempen", "Leie", "Yser", "Dijle", "Nethe", "Hainaut", "Campine");
    private static final List<String> COMPANY_KINDS = List.of("Media", "Logistics", "Health", "Bank", "Software",
            "Energy", "Foods", "Insurance", "Telecom", "Consulting");
    private static final int MOST_ROLES_PER_CONTACT = 3;

    private final OccupationCatalog catalog;
    private final TechnologySkills technologySkills;
    private final Random random;
    private final Instant now;
    private final List<Occupation> occupationsWithSkills;
    private final List<String> everySkill;

    /** @param now the moment relationships are dated from */
    public SyntheticNetworks(OccupationCatalog catalog, TechnologySkills technologySkills, long seed, Instant now) {
        this.catalog = catalog;
        this.technologySkills = technologySkills;
        this.random = new Random(seed);
        this.now = now;
        this.occupationsWithSkills = catalog.occupations().stream()
                .filter(occupation -> technologySkills.of(occupation).size() >= 5).toList();
        Set<String> skills = new LinkedHashSet<>();
        occupationsWithSkills.forEach(occupation -> skills.addAll(technologySkills.of(occupation)));
        this.everySkill = List.copyOf(skills);
    }

    /** One of the occupations O*NET lists at least five technologies for: those people and roles are drawn from. */
    public Occupation randomOccupation() {
        return pick(occupationsWithSkills);
    }

    /** A network of {@code size} contacts, of whom {@code hiringShare} hire for one to three roles. */
    public Network network(int size, double hiringShare) {
        List<HiringContact> hiring = new ArrayList<>();
        List<Set<String>> skillsOfEachContact = new ArrayList<>(size);
        Map<OpenRole, Occupation> occupationOfRole = new IdentityHashMap<>();
        for (int i = 0; i < size; i++) {
            Occupation occupation = randomOccupation();
            skillsOfEachContact.add(skillsOf(occupation, 4, 10));
            if (random.nextDouble() < hiringShare) {
                List<OpenRole> roles = new ArrayList<>();
                int roleCount = 1 + random.nextInt(MOST_ROLES_PER_CONTACT);
                for (int r = 0; r < roleCount; r++) {
                    Occupation roleOccupation = r == 0 ? occupation : randomOccupation();
                    OpenRole role = openRole(roleOccupation);
                    roles.add(role);
                    occupationOfRole.put(role, roleOccupation);
                }
                hiring.add(hiringContact("contact-" + i, occupation, roles));
            }
        }
        return new Network(hiring, NetworkStatistics.of(skillsOfEachContact), occupationOfRole);
    }

    /** A seeker after a role of the occupation, written as one of its alternate titles. */
    public Seeker seeker(String id, Occupation occupation) {
        return new Seeker(id, company(), field(occupation), seniority(occupation), skillsOf(occupation, 5, 10),
                List.of(title(occupation)), List.of(pick(PLACES)), random.nextDouble() < 0.3, relationship());
    }

    /** An open role of the occupation, titled with one of its alternate titles. */
    public OpenRole openRole(Occupation occupation) {
        return new OpenRole(title(occupation), skillsOf(occupation, 4, 8), seniority(occupation),
                random.nextDouble() < 0.2 ? null : pick(PLACES), random.nextDouble() < 0.3);
    }

    /** A hiring contact working in the occupation's field, with room for introductions. */
    public HiringContact hiringContact(String id, Occupation occupation, List<OpenRole> roles) {
        Seniority seniority = Seniority.values()[Seniority.MID.ordinal()
                + random.nextInt(Seniority.values().length - Seniority.MID.ordinal())];
        int cap = 1 + random.nextInt(5);
        return new HiringContact(id, company(), field(occupation), seniority, pick(PLACES), random.nextDouble() < 0.6,
                relationship(), new IntroductionConsent(true, cap, random.nextInt(cap)), roles);
    }

    /** The SOC major group's name, e.g. "Computer and Mathematical". */
    public static String field(Occupation occupation) {
        return SOC_MAJOR_GROUPS.getOrDefault(occupation.majorGroup(), occupation.majorGroup());
    }

    private String title(Occupation occupation) {
        List<String> titles = catalog.alternateTitles(occupation);
        return titles.isEmpty() ? occupation.title() : pick(titles);
    }

    /** Some of the occupation's technologies and, as noise, one or two of any occupation's. */
    private Set<String> skillsOf(Occupation occupation, int fewest, int most) {
        List<String> own = new ArrayList<>(technologySkills.of(occupation));
        int count = Math.min(own.size(), fewest + random.nextInt(most - fewest + 1));
        Set<String> skills = new HashSet<>();
        for (int i = 0; i < count; i++) {
            skills.add(own.remove(random.nextInt(own.size())));
        }
        for (int noise = 1 + random.nextInt(2); noise > 0; noise--) {
            skills.add(pick(everySkill));
        }
        return skills;
    }

    /** O*NET's job zone says how much preparation an occupation needs: a proxy for how senior its people are. */
    private Seniority seniority(Occupation occupation) {
        int step = random.nextInt(2);
        return switch (occupation.jobZone()) {
            case 1, 2 -> step == 0 ? Seniority.ENTRY : Seniority.JUNIOR;
            case 3 -> step == 0 ? Seniority.JUNIOR : Seniority.MID;
            case 4 -> step == 0 ? Seniority.MID : Seniority.SENIOR;
            default -> step == 0 ? Seniority.SENIOR : Seniority.LEAD;
        };
    }

    private String company() {
        return pick(COMPANY_STEMS) + " " + pick(COMPANY_KINDS);
    }

    private Relationship relationship() {
        Double strength = random.nextDouble() < 0.2 ? null : 1.0 + random.nextInt(5);
        Instant lastInteraction = random.nextDouble() < 0.1 ? null
                : now.minus(Duration.ofDays(random.nextInt(720)));
        return new Relationship(strength, lastInteraction, random.nextInt(3), random.nextInt(3));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
