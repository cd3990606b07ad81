package org.warmintro.referral.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The O*NET occupations, with the job titles people use for them and the experts' judgement of which are related.
 * Loaded once from the class path (about half a second) and immutable after, so one instance serves every thread.
 *
 * <p>A title is resolved by exact match of its normalised words against the 56,000 alternate titles and the
 * occupation titles first, then without the words that only say how senior someone is, then by the cosine of the
 * words it shares with each title, rare words weighing more (IDF over all titles).
 *
 * <p>This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
 * Training Administration (USDOL/ETA), used under the CC BY 4.0 license.
 */
public final class OccupationCatalog {

    /** An occupation's own title is the most authoritative name it has: it counts as this many alternate sources. */
    private static final int OCCUPATION_TITLE_SOURCES = 5;
    /** Confidence in the other occupations an exact title also names ("Programmer" is mostly 15-1251.00). */
    private static final double AMBIGUOUS_EXACT_CONFIDENCE = 0.6;
    private static final double MINIMUM_PARTIAL_CONFIDENCE = 0.55;
    private static final double PARTIAL_CONFIDENCE_SPREAD = 0.6;
    private static final int MOST_OCCUPATIONS_PER_TITLE = 3;

    private final List<Occupation> occupations;
    private final Map<String, Occupation> occupationsByCode;
    private final List<List<String>> alternateTitlesByOccupation;
    private final Map<String, List<ExactTitle>> exactTitles;
    private final Map<String, WordPostings> postingsByWord;
    private final int[] titleOccupation;
    private final double[] titleNorm;
    private final double unknownWordWeight;
    private final List<Map<Occupation, Relatedness>> relatedFrom;
    private final List<Map<Occupation, Relatedness>> neighbours;

    private record ExactTitle(int occupation, int sources) {
    }

    private record WordPostings(double idf, int[] titles) {
    }

    private OccupationCatalog(List<Occupation> occupations, List<List<String>> alternateTitlesByOccupation,
            Map<String, List<ExactTitle>> exactTitles, Map<String, WordPostings> postingsByWord, int[] titleOccupation,
            double[] titleNorm, List<Map<Occupation, Relatedness>> relatedFrom) {
        this.occupations = List.copyOf(occupations);
        this.occupationsByCode = new HashMap<>();
        occupations.forEach(occupation -> occupationsByCode.put(occupation.code(), occupation));
        this.alternateTitlesByOccupation = alternateTitlesByOccupation;
        this.exactTitles = exactTitles;
        this.postingsByWord = postingsByWord;
        this.titleOccupation = titleOccupation;
        this.titleNorm = titleNorm;
        this.unknownWordWeight = Math.log(titleOccupation.length);
        this.relatedFrom = relatedFrom;
        this.neighbours = symmetric(occupations, relatedFrom);
    }

    /** Reads the O*NET files in {@code /onet} on the class path. */
    public static OccupationCatalog load() {
        Map<String, Integer> jobZones = new HashMap<>();
        OnetFile.forEachRow("job-zones.txt", row -> jobZones.put(row[0], Integer.parseInt(row[1])));

        List<Occupation> occupations = new ArrayList<>();
        Map<String, Occupation> byCode = new HashMap<>();
        TitleIndexBuilder titles = new TitleIndexBuilder();
        OnetFile.forEachRow("occupation-data.txt", row -> {
            Occupation occupation = new Occupation(occupations.size(), row[0], row[1],
                    jobZones.getOrDefault(row[0], 0));
            occupations.add(occupation);
            byCode.put(occupation.code(), occupation);
        });
        List<List<String>> alternateTitles = new ArrayList<>();
        occupations.forEach(occupation -> {
            alternateTitles.add(new ArrayList<>());
            titles.add(occupation.title(), occupation.index(), OCCUPATION_TITLE_SOURCES);
        });
        OnetFile.forEachRow("alternate-titles.txt", row -> {
            Occupation occupation = byCode.get(row[0]);
            if (occupation != null) {
                alternateTitles.get(occupation.index()).add(row[1]);
                titles.add(row[1], occupation.index(), row[3].split(",").length);
            }
        });

        List<Map<Occupation, Relatedness>> relatedFrom = new ArrayList<>();
        occupations.forEach(occupation -> relatedFrom.add(new LinkedHashMap<>()));
        OnetFile.forEachRow("related-occupations.txt", row -> {
            Occupation from = byCode.get(row[0]);
            Occupation to = byCode.get(row[1]);
            if (from != null && to != null) {
                relatedFrom.get(from.index()).put(to, Relatedness.ofTier(row[2]));
            }
        });
        return titles.build(occupations, alternateTitles.stream().map(List::copyOf).toList(),
                relatedFrom.stream().map(Collections::unmodifiableMap).toList());
    }

    public List<Occupation> occupations() {
        return occupations;
    }

    public Optional<Occupation> occupation(String code) {
        return Optional.ofNullable(occupationsByCode.get(code));
    }

    /** The job titles O*NET collected for the occupation, as people write them. */
    public List<String> alternateTitles(Occupation occupation) {
        return alternateTitlesByOccupation.get(occupation.index());
    }

    /** How close {@code to} is to {@code from} as O*NET lists it for {@code from}; the list is not symmetric. */
    public Relatedness relatedness(Occupation from, Occupation to) {
        if (from.equals(to)) {
            return Relatedness.SAME;
        }
        return relatedFrom.get(from.index()).getOrDefault(to, Relatedness.UNRELATED);
    }

    /** The occupations related to this one in either direction, each with the closer of the two judgements. */
    public Map<Occupation, Relatedness> neighbours(Occupation occupation) {
        return neighbours.get(occupation.index());
    }

    /**
     * The occupations a job title most likely stands for, best first, at most three; empty when no word of the title
     * is known.
     */
    public List<OccupationMatch> resolve(String title) {
        List<String> words = TitleNormaliser.words(title);
        if (words.isEmpty()) {
            return List.of();
        }
        List<ExactTitle> exact = exactTitles.get(TitleNormaliser.key(words));
        List<String> withoutLevels = TitleNormaliser.withoutLevelWords(words);
        if (exact == null && withoutLevels.size() < words.size()) {
            exact = exactTitles.get(TitleNormaliser.key(withoutLevels));
        }
        return exact != null ? exactMatches(exact) : partialMatches(withoutLevels);
    }

    private List<OccupationMatch> exactMatches(List<ExactTitle> exact) {
        List<OccupationMatch> matches = new ArrayList<>();
        for (ExactTitle title : exact) {
            double confidence = matches.isEmpty() ? 1.0 : AMBIGUOUS_EXACT_CONFIDENCE;
            matches.add(new OccupationMatch(occupations.get(title.occupation()), confidence));
            if (matches.size() == MOST_OCCUPATIONS_PER_TITLE) {
                break;
            }
        }
        return matches;
    }

    private List<OccupationMatch> partialMatches(List<String> words) {
        double[] sharedWeight = new double[titleOccupation.length];
        List<Integer> touched = new ArrayList<>();
        double queryWeight = 0;
        for (String word : new LinkedHashSet<>(words)) {
            WordPostings postings = postingsByWord.get(word);
            double idf = postings == null ? unknownWordWeight : postings.idf();
            queryWeight += idf * idf;
            if (postings == null) {
                continue;
            }
            for (int title : postings.titles()) {
                if (sharedWeight[title] == 0) {
                    touched.add(title);
                }
                sharedWeight[title] += idf * idf;
            }
        }
        double queryNorm = Math.sqrt(queryWeight);
        double[] bestByOccupation = new double[occupations.size()];
        for (int title : touched) {
            double cosine = sharedWeight[title] / (queryNorm * titleNorm[title]);
            int occupation = titleOccupation[title];
            bestByOccupation[occupation] = Math.max(bestByOccupation[occupation], cosine);
        }
        double best = Arrays.stream(bestByOccupation).max().orElse(0);
        double floor = Math.max(MINIMUM_PARTIAL_CONFIDENCE, best * PARTIAL_CONFIDENCE_SPREAD);
        List<OccupationMatch> matches = new ArrayList<>();
        for (int occupation = 0; occupation < bestByOccupation.length; occupation++) {
            if (bestByOccupation[occupation] >= floor) {
                matches.add(new OccupationMatch(occupations.get(occupation), bestByOccupation[occupation]));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingDouble(OccupationMatch::confidence).reversed()
                        .thenComparing(match -> match.occupation().code()))
                .limit(MOST_OCCUPATIONS_PER_TITLE).toList();
    }

    private static List<Map<Occupation, Relatedness>> symmetric(List<Occupation> occupations,
            List<Map<Occupation, Relatedness>> relatedFrom) {
        List<Map<Occupation, Relatedness>> symmetric = new ArrayList<>();
        occupations.forEach(occupation -> symmetric.add(new HashMap<>()));
        for (Occupation from : occupations) {
            relatedFrom.get(from.index()).forEach((to, relatedness) -> {
                symmetric.get(from.index()).merge(to, relatedness, OccupationCatalog::closer);
                symmetric.get(to.index()).merge(from, relatedness, OccupationCatalog::closer);
            });
        }
        return symmetric.stream().map(Collections::unmodifiableMap).toList();
    }

    private static Relatedness closer(Relatedness a, Relatedness b) {
        return a.closerThan(b) ? a : b;
    }

    /** Collects the titles, then freezes them into arrays: posting lists of ints weigh far less than boxed lists. */
    private static final class TitleIndexBuilder {

        private final Map<String, Map<Integer, Integer>> sourcesByOccupationByKey = new HashMap<>();
        private final Map<String, Integer> titleIds = new HashMap<>();
        private final List<Integer> occupationOfTitle = new ArrayList<>();
        private final List<List<String>> wordsOfTitle = new ArrayList<>();

        void add(String title, int occupation, int sources) {
            List<String> words = TitleNormaliser.words(title);
            if (words.isEmpty()) {
                return;
            }
            String key = TitleNormaliser.key(words);
            sourcesByOccupationByKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(occupation, sources,
                    Math::max);
            titleIds.computeIfAbsent(key + '\t' + occupation, k -> {
                occupationOfTitle.add(occupation);
                wordsOfTitle.add(List.copyOf(new LinkedHashSet<>(words)));
                return occupationOfTitle.size() - 1;
            });
        }

        OccupationCatalog build(List<Occupation> occupations, List<List<String>> alternateTitles,
                List<Map<Occupation, Relatedness>> relatedFrom) {
            int titleCount = occupationOfTitle.size();
            Map<String, List<Integer>> titlesByWord = new HashMap<>();
            for (int title = 0; title < titleCount; title++) {
                for (String word : wordsOfTitle.get(title)) {
                    titlesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(title);
                }
            }
            Map<String, WordPostings> postings = new HashMap<>();
            titlesByWord.forEach((word, titles) -> postings.put(word, new WordPostings(
                    Math.log((double) titleCount / titles.size()), titles.stream().mapToInt(i -> i).toArray())));
            double[] norms = new double[titleCount];
            for (int title = 0; title < titleCount; title++) {
                double weight = 0;
                for (String word : wordsOfTitle.get(title)) {
                    double idf = postings.get(word).idf();
                    weight += idf * idf;
                }
                norms[title] = Math.sqrt(weight);
            }
            Map<String, List<ExactTitle>> exact = new HashMap<>();
            sourcesByOccupationByKey.forEach((key, sourcesByOccupation) -> exact.put(key,
                    sourcesByOccupation.entrySet().stream()
                            .map(entry -> new ExactTitle(entry.getKey(), entry.getValue()))
                            .sorted(Comparator.comparingInt(ExactTitle::sources).reversed()
                                    .thenComparingInt(ExactTitle::occupation))
                            .toList()));
            return new OccupationCatalog(occupations, alternateTitles, exact, postings,
                    occupationOfTitle.stream().mapToInt(i -> i).toArray(), norms, relatedFrom);
        }
    }
}
