package org.warmintro.local.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The connector's network of the story, for the demo and the end-to-end test: a few hundred people across several
 * fields, companies and cities in Belgium and abroad, a few dozen of them hiring, a few who want no introductions.
 * Deterministic: the same seed gives the same people, so a walkthrough can name them.
 */
public final class DemoNetwork {

    public static final long SEED = 2024;
    public static final int SIZE = 320;

    /** One person as the connector knows them: the LinkedIn line, and what the connector adds on the card. */
    public record Person(String firstName, String lastName, String email, String company, String title,
            LocalDate connectedOn, String field, List<String> skills, String location, String locale,
            String timezone, int relationshipStrength, boolean introductionsAllowed, HiringProfile hiring) {

        public String fullName() {
            return firstName + " " + lastName;
        }

        public String profileUrl() {
            return "https://www.linkedin.com/in/" + slug(firstName + "-" + lastName) + "-"
                    + Integer.toString(Math.abs(email.hashCode()) % 100_000, 36);
        }
    }

    public record HiringProfile(boolean hiringInfluence, List<OpenRole> openRoles) {
    }

    public record OpenRole(String title, List<String> skills, String seniority, String location, boolean remote) {
    }

    private record Field(String name, List<String> companies, List<String> titles, List<String> seniorTitles,
            List<String> openRoles, List<String> skills) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("media and communication",
                    List.of("Brabant Media", "Atomium Publishing", "Zenne Studios", "Meuse Broadcasting",
                            "Sonian Communications"),
                    List.of("Communication Specialist", "Content Strategist", "Editor", "Journalist",
                            "Social Media Manager", "Producer"),
                    List.of("Head of Communication", "Editor-in-Chief", "Communications Director"),
                    List.of("Communication Specialist", "Content Strategist", "Social Media Manager"),
                    List.of("content strategy", "copywriting", "social media", "public relations", "video editing",
                            "adobe indesign", "wordpress", "search engine optimization", "storytelling")),
            new Field("software engineering",
                    List.of("Kempen Software", "Leie Robotics", "Dijle Cloud", "Nethe Analytics"),
                    List.of("Backend Engineer", "Frontend Developer", "Data Engineer", "Site Reliability Engineer"),
                    List.of("Engineering Manager", "CTO", "Head of Engineering"),
                    List.of("Backend Engineer", "Data Engineer", "Frontend Developer"),
                    List.of("java", "kafka", "kubernetes", "python", "react", "postgresql",
                            "amazon web services", "typescript")),
            new Field("finance",
                    List.of("Flanders Bank", "Scheldt Insurance", "Ourthe Capital"),
                    List.of("Financial Analyst", "Accountant", "Risk Analyst"),
                    List.of("CFO", "Head of Risk", "Finance Director"),
                    List.of("Financial Analyst", "Risk Analyst"),
                    List.of("microsoft excel", "financial modeling", "sap", "risk management", "ifrs")),
            new Field("healthcare",
                    List.of("Ardennes Health", "Senne Clinics", "Campine Pharma"),
                    List.of("Nurse", "Clinical Research Associate", "Pharmacist"),
                    List.of("Hospital Director", "Head of Clinical Operations"),
                    List.of("Clinical Research Associate", "Nurse"),
                    List.of("clinical research", "patient care", "gcp", "regulatory affairs", "epic")),
            new Field("logistics",
                    List.of("Scheldt Logistics", "Hainaut Freight", "Yser Shipping"),
                    List.of("Logistics Coordinator", "Supply Chain Analyst", "Warehouse Manager"),
                    List.of("Operations Director", "Head of Supply Chain"),
                    List.of("Supply Chain Analyst", "Logistics Coordinator"),
                    List.of("supply chain management", "sap", "forecasting", "lean", "microsoft excel")),
            new Field("design",
                    List.of("Gaume Design", "Lesse Studio", "Durme Creative"),
                    List.of("UX Designer", "Graphic Designer", "Illustrator"),
                    List.of("Art Director", "Head of Design"),
                    List.of("UX Designer", "Graphic Designer"),
                    List.of("figma", "adobe photoshop", "user experience design", "illustration", "typography")),
            new Field("research and education",
                    List.of("VUB", "ULB", "KU Leuven", "UGent"),
                    List.of("PhD Researcher", "Lecturer", "Research Assistant"),
                    List.of("Professor", "Dean"),
                    List.of("Research Assistant", "Lecturer"),
                    List.of("research", "statistics", "academic writing", "teaching", "python")));

    /** Cities with how often they come up: mostly Brussels and the Belgian cities, some abroad. */
    private static final Map<String, String[]> CITIES = new LinkedHashMap<>();

    static {
        CITIES.put("Brussels, Belgium", new String[] {"fr", "Europe/Brussels", "12"});
        CITIES.put("Ghent, Belgium", new String[] {"en", "Europe/Brussels", "4"});
        CITIES.put("Antwerp, Belgium", new String[] {"en", "Europe/Brussels", "4"});
        CITIES.put("Leuven, Belgium", new String[] {"en", "Europe/Brussels", "3"});
        CITIES.put("Liège, Belgium", new String[] {"fr", "Europe/Brussels", "2"});
        CITIES.put("Namur, Belgium", new String[] {"fr", "Europe/Brussels", "1"});
        CITIES.put("Mechelen, Belgium", new String[] {"en", "Europe/Brussels", "1"});
        CITIES.put("Amsterdam, Netherlands", new String[] {"en", "Europe/Amsterdam", "2"});
        CITIES.put("Paris, France", new String[] {"fr", "Europe/Paris", "2"});
        CITIES.put("Luxembourg", new String[] {"fr", "Europe/Luxembourg", "1"});
        CITIES.put("Berlin, Germany", new String[] {"en", "Europe/Berlin", "1"});
        CITIES.put("London, United Kingdom", new String[] {"en", "Europe/London", "1"});
    }

    private static final List<String> FIRST_NAMES = List.of("Hugo", "Lena", "Jonas", "Sofie", "Pieter", "Élise", "Lucas",
            "Marie", "Noah", "Emma", "Louis", "Olivia", "Arthur", "Louise", "Jules", "Mila", "Victor", "Nina", "Adam",
            "Sarah", "Mohamed", "Fatima", "Wei", "Mei", "Yusuf", "Aylin", "Tomasz", "Zofia", "Kofi", "Amara", "Lars",
            "Ingrid", "Mateo", "Lucía", "Giulia", "Marco", "Chloé", "Baptiste", "Anouk", "Bram", "Femke", "Ruben",
            "Hanne", "Wout", "Lotte", "Sven", "Eline", "Thibault", "Camille", "Nora");
    private static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Simon",
            "Laurent", "Li", "Zhang", "Chen", "Nowak", "Kowalski", "Yilmaz", "Demir", "El Amrani", "Benali", "Mensah",
            "Okafor", "Rossi", "Bianchi", "García", "Müller", "Schmidt", "Jensen", "Van den Berg", "De Vries",
            "Vermeulen", "Hermans", "Lemmens", "Michiels", "Desmet");

    private final List<Person> people;

    private DemoNetwork(List<Person> people) {
        this.people = List.copyOf(people);
    }

    public static DemoNetwork story() {
        return generate(SEED, SIZE);
    }

    public static DemoNetwork generate(long seed, int size) {
        Random random = new Random(seed);
        List<String> cityPool = new ArrayList<>();
        CITIES.forEach((city, facts) -> {
            for (int i = 0; i < Integer.parseInt(facts[2]); i++) {
                cityPool.add(city);
            }
        });
        List<Person> people = new ArrayList<>();
        LocalDate firstConnection = LocalDate.of(2012, 3, 1);
        for (int i = 0; i < size; i++) {
            Field field = FIELDS.get(i % FIELDS.size());
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            String company = field.companies().get(random.nextInt(field.companies().size()));
            String city = cityPool.get(random.nextInt(cityPool.size()));
            String[] cityFacts = CITIES.get(city);
            // one in eight is senior; among the senior, most are hiring: the story's "with influence"
            boolean senior = random.nextInt(8) == 0;
            String title = senior ? pick(field.seniorTitles(), random) : pick(field.titles(), random);
            List<String> skills = pickSome(field.skills(), 3 + random.nextInt(3), random);
            boolean hiring = senior ? random.nextInt(10) < 8 : random.nextInt(30) == 0;
            HiringProfile hiringProfile = hiring ? hiringProfile(field, city, senior, random) : null;
            // a few people want no introductions at all: the matcher must leave them alone
            boolean introductionsAllowed = random.nextInt(25) != 0;
            String email = slug(first + "." + last) + "." + i + "@example.org";
            people.add(new Person(first, last, email, company, title,
                    firstConnection.plusDays(random.nextInt(4500)), field.name(), skills, city, cityFacts[0],
                    cityFacts[1], 1 + random.nextInt(5), introductionsAllowed, hiringProfile));
        }
        return new DemoNetwork(people);
    }

    private static HiringProfile hiringProfile(Field field, String city, boolean senior, Random random) {
        List<OpenRole> roles = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int r = 0; r < count; r++) {
            roles.add(new OpenRole(pick(field.openRoles(), random), pickSome(field.skills(), 3, random),
                    random.nextBoolean() ? "JUNIOR" : "MID", city.split(",")[0], random.nextInt(4) == 0));
        }
        return new HiringProfile(senior, roles);
    }

    public List<Person> people() {
        return people;
    }

    public List<Person> hiring() {
        return people.stream().filter(person -> person.hiring() != null).toList();
    }

    /** The network as LinkedIn exports it: {@code Connections.csv}, with its preamble before the header. */
    public String linkedInExport() {
        DateTimeFormatter connectedOn = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
        StringBuilder csv = new StringBuilder("""
                Notes:
                "When exporting your connection data, you may notice that some of the email addresses are missing."

                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                """);
        for (Person person : people) {
            csv.append(quoted(person.firstName())).append(',').append(quoted(person.lastName())).append(',')
                    .append(person.profileUrl()).append(',').append(person.email()).append(',')
                    .append(quoted(person.company())).append(',').append(quoted(person.title())).append(',')
                    .append(person.connectedOn().format(connectedOn)).append('\n');
        }
        return csv.toString();
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> pickSome(List<String> values, int count, Random random) {
        List<String> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static String slug(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
