package org.warmintro.referral.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The technologies O*NET lists for each occupation ("Apache Kafka", "Adobe Photoshop"), in lower case as skills are
 * stored on contact cards. Loaded apart from the {@link OccupationCatalog} because matching does not need them; demo
 * networks and the match-quality evaluation do.
 *
 * <p>This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
 * Training Administration (USDOL/ETA), used under the CC BY 4.0 license.
 */
public final class TechnologySkills {

    private final Map<String, List<String>> skillsByOccupationCode;

    private TechnologySkills(Map<String, List<String>> skillsByOccupationCode) {
        this.skillsByOccupationCode = skillsByOccupationCode;
    }

    /** Reads {@code /onet/technology-skills.txt} from the class path. */
    public static TechnologySkills load() {
        Map<String, List<String>> skills = new HashMap<>();
        OnetFile.forEachRow("technology-skills.txt", row -> skills.computeIfAbsent(row[0], code -> new ArrayList<>())
                .add(row[1].toLowerCase(Locale.ROOT)));
        Map<String, List<String>> frozen = new HashMap<>();
        skills.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
        return new TechnologySkills(frozen);
    }

    /** The occupation's technologies in O*NET's order; empty for the few occupations without any. */
    public List<String> of(Occupation occupation) {
        return skillsByOccupationCode.getOrDefault(occupation.code(), List.of());
    }
}
