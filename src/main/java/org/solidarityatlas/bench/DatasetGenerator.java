package org.solidarityatlas.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.DatasetStreamWriter;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.format.WorkbookWriter;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/**
 * Writes a synthetic dataset shaped like real ones, for benchmarks: mostly people, fewer unions and organizations,
 * few alliances; relationship types that fit the pair of entity types they join; a heavy-tailed degree distribution
 * from preferential attachment (a few hubs); partial dates over a century, some items undated; sources cited.
 * The same seed gives the same bytes. Items are streamed out as they are made, and the state kept per entity is a
 * few primitive arrays, so a million entities fit in a small heap.
 */
public final class DatasetGenerator {

    static final int FIRST_YEAR = 1925;
    static final int LAST_YEAR = 2025;

    /** Shares per thousand, in {@link EntityType} order: union, alliance, person, campaign, organization, event. */
    private static final int[] TYPE_SHARE = {100, 20, 600, 70, 130, 80};
    /** How often an end is picked uniformly rather than by degree: people rarely become hubs. */
    private static final double[] UNIFORM_PICK = {0.15, 0.15, 0.75, 0.3, 0.2, 0.4};

    private static final EntityType[] TYPES = EntityType.values();
    private static final int UNION = EntityType.UNION.ordinal();
    private static final int ALLIANCE = EntityType.ALLIANCE.ordinal();
    private static final int PERSON = EntityType.PERSON.ordinal();
    private static final int CAMPAIGN = EntityType.CAMPAIGN.ordinal();
    private static final int ORGANIZATION = EntityType.ORGANIZATION.ordinal();
    private static final int EVENT = EntityType.EVENT.ordinal();

    /** Which relationship types join which entity types, and how common each is. */
    private record Rule(int from, int to, String type, int weight) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(PERSON, UNION, "member_of", 60),
            new Rule(PERSON, UNION, "works_for", 14),
            new Rule(PERSON, UNION, "leads", 6),
            new Rule(PERSON, UNION, "founded", 2),
            new Rule(PERSON, ORGANIZATION, "works_for", 20),
            new Rule(PERSON, CAMPAIGN, "participates_in", 12),
            new Rule(PERSON, CAMPAIGN, "organizes", 4),
            new Rule(PERSON, EVENT, "participates_in", 12),
            new Rule(PERSON, ALLIANCE, "leads", 2),
            new Rule(UNION, ALLIANCE, "member_of", 12),
            new Rule(UNION, UNION, "partner_of", 8),
            new Rule(UNION, UNION, "succeeded_by", 2),
            new Rule(UNION, CAMPAIGN, "organizes", 8),
            new Rule(UNION, CAMPAIGN, "supports", 8),
            new Rule(UNION, ORGANIZATION, "targets", 6),
            new Rule(UNION, EVENT, "files", 6),
            new Rule(UNION, EVENT, "participates_in", 4),
            new Rule(ALLIANCE, CAMPAIGN, "organizes", 4),
            new Rule(ALLIANCE, CAMPAIGN, "supports", 2),
            new Rule(ALLIANCE, ALLIANCE, "partner_of", 1),
            new Rule(CAMPAIGN, ORGANIZATION, "targets", 8),
            new Rule(ORGANIZATION, EVENT, "files", 2),
            new Rule(ORGANIZATION, EVENT, "participates_in", 2),
            new Rule(ORGANIZATION, ORGANIZATION, "partner_of", 4),
            new Rule(ORGANIZATION, UNION, "supports", 2));

    private static final String[] SYLLABLES = {"ma", "ri", "el", "an", "to", "sa", "lu", "ca", "ro", "ne", "da", "vi",
            "le", "jo", "ber", "tin", "gar", "mon", "les", "zar", "ol", "ve", "qui", "dor"};
    private static final String[] INDUSTRIES = {"Electrical", "Metal", "Mine", "Textile", "Rail", "Dock", "Teachers'",
            "Farm", "Auto", "Steel", "Garment", "Telephone", "Nurses'", "Transit", "Food"};
    private static final String[] ORGANIZATION_KINDS = {"Manufacturing Company", "Ministry of Labor", "Foundation",
            "Steel Works", "Labor Board", "Holding", "Institute", "Mills", "Electric Company", "Mining Company"};
    private static final String[] CAUSES = {"Fair Wages", "Union Recognition", "Safe Mines", "the Eight-Hour Day",
            "Independent Unions", "Pension Rights", "Equal Pay", "Clean Water"};
    private static final String[] EVENT_KINDS = {"Strike", "Union Election", "Complaint", "Conference", "March",
            "Labor Law", "Agreement", "Lockout"};
    private static final String[] ALLIANCE_WORDS = {"Solidarity", "Strategic Organizing", "Cross-Border", "Workers'",
            "Continental", "Fraternal"};
    private static final String[] COUNTRIES = {"US", "MX", "US", "MX", "CA", "GT", "HN", "SV", "BR", "CO", "DE", "ES"};
    private static final String[] ROLES = {"president", "secretary", "organizer", "treasurer", "delegate"};

    private final int entityCount;
    private final int relationshipCount;
    private final long seed;
    private final int[] typeStart = new int[TYPES.length + 1];
    private final int sourceCount;

    /**
     * @param entities at least six, one of each type
     * @throws IllegalArgumentException for fewer than six entities or a negative relationship count
     */
    public DatasetGenerator(int entities, int relationships, long seed) {
        if (entities < TYPES.length) {
            throw new IllegalArgumentException("at least " + TYPES.length + " entities are needed, one of each type");
        }
        if (relationships < 0) {
            throw new IllegalArgumentException("the number of relationships cannot be negative");
        }
        this.entityCount = entities;
        this.relationshipCount = relationships;
        this.seed = seed;
        this.sourceCount = Math.max(3, Math.min(500, entities / 500));
        int[] counts = new int[TYPES.length];
        int assigned = 0;
        for (int t = 0; t < TYPES.length; t++) {
            counts[t] = Math.max(1, (int) ((long) entities * TYPE_SHARE[t] / 1000));
            assigned += counts[t];
        }
        counts[PERSON] += entities - assigned;
        for (int t = 0; t < TYPES.length; t++) {
            typeStart[t + 1] = typeStart[t] + counts[t];
        }
    }

    /** Writes the dataset atomically to {@code file}. */
    public void write(Path file) throws IOException {
        AtomicFile.write(file, this::write);
    }

    /**
     * Writes the same dataset as an {@code .xlsx} workbook: generated as JSON, read back and written by the
     * workbook export, so it holds in memory what a 100,000-entity import would (a few hundred MB).
     */
    public void writeWorkbook(Path file) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        write(json);
        ReadResult result = new DatasetReader().read(new ByteArrayInputStream(json.toByteArray()), "generated");
        if (!result.isValid()) {
            throw new IOException("the generated dataset is invalid: " + result.problems().get(0));
        }
        new WorkbookWriter().write(result.dataset().orElseThrow(), file);
    }

    /** Writes the dataset to {@code out}, which stays open. */
    public void write(OutputStream out) throws IOException {
        Random random = new Random(seed);
        // Start and last years are what relationship dates keep within; 0 means undated, or for the last year open.
        short[] startYear = new short[entityCount];
        short[] lastYear = new short[entityCount];
        Set<String> aliasesGiven = new HashSet<>();
        try (DatasetStreamWriter writer = new DatasetStreamWriter(out)) {
            writer.begin("Generated labour history (" + entityCount + " entities, seed " + seed + ")",
                    "A synthetic dataset for measuring Solidarity Atlas at scale; every name in it is made up.",
                    "en", sources(random));
            for (int i = 0; i < entityCount; i++) {
                writer.entity(entity(i, random, startYear, lastYear, aliasesGiven));
            }
            writeRelationships(writer, random, startYear, lastYear);
            writer.end(List.of());
        }
    }

    private List<Source> sources(Random random) {
        List<Source> sources = new ArrayList<>();
        for (int s = 1; s <= sourceCount; s++) {
            String place = word(random, 2);
            boolean archive = random.nextBoolean();
            String title = archive ? place + " Labor Archive, box " + s : "Annual report of the " + place + " "
                    + pick(random, INDUSTRIES) + " Workers, " + year(random);
            sources.add(new Source("src-" + s, title, personName(random), archive ? place + " University" : null,
                    String.valueOf(year(random)), archive ? null : "https://archive.example.org/reports/" + s, null));
        }
        return sources;
    }

    /** Unions and alliances get their acronym as alias unless an earlier one has it: an alias names one entity. */
    private Entity entity(int index, Random random, short[] startYear, short[] lastYear, Set<String> aliasesGiven) {
        int type = typeOf(index);
        String name = name(type, random);
        List<String> aliases = (type == UNION || type == ALLIANCE) && aliasesGiven.add(acronym(name))
                ? List.of(acronym(name)) : List.of();
        List<String> countries = random.nextInt(10) < 8 ? List.of(pick(random, COUNTRIES))
                : List.of(COUNTRIES[0], COUNTRIES[1]);
        PartialDate start = null;
        PartialDate end = null;
        if (random.nextInt(100) >= 8) {
            int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
            startYear[index] = (short) year;
            start = date(year, random, type == EVENT ? 3 : 1);
            end = entityEnd(type, start, random);
            lastYear[index] = (short) (end != null ? end.year() : type == EVENT ? year : 0);
        }
        String description = random.nextInt(10) < 3 ? description(type, name, countries.get(0)) : null;
        List<String> sources = random.nextInt(100) < 85 ? List.of(source(random)) : List.of();
        List<String> tags = type == EVENT ? List.of(pick(random, EVENT_KINDS).toLowerCase()) : List.of();
        return new Entity(idOf(index), TYPES[type], name, aliases, countries, start, end, description, sources, tags);
    }

    /** An end never before the start: a later year, or for events an end in the same year at month precision. */
    private static PartialDate entityEnd(int type, PartialDate start, Random random) {
        int endsPercent = type == CAMPAIGN ? 70 : type == EVENT ? 30 : type == PERSON ? 40 : 25;
        if (random.nextInt(100) >= endsPercent) {
            return null;
        }
        if (type == EVENT) {
            int month = start.hasMonth() ? start.month() + random.nextInt(13 - start.month()) : 12;
            return new PartialDate(start.year(), month, 0);
        }
        int span = type == CAMPAIGN ? 1 + random.nextInt(8) : 1 + random.nextInt(50);
        return endIn(Math.min(LAST_YEAR, start.year() + span), start, random);
    }

    /** An end in {@code year}: any precision in a later year; the whole year when it is the start's year. */
    private static PartialDate endIn(int year, PartialDate start, Random random) {
        return year > start.year() ? date(year, random, 1) : PartialDate.ofYear(year);
    }

    private void writeRelationships(DatasetStreamWriter writer, Random random, short[] startYear, short[] lastYear)
            throws IOException {
        DegreePools pools = new DegreePools(typeStart, relationshipCount);
        // A rule within one type needs two entities of it, since nothing relates to itself.
        List<Rule> rules = RULES.stream()
                .filter(rule -> rule.from() != rule.to() || typeStart[rule.to() + 1] - typeStart[rule.to()] > 1)
                .toList();
        int totalWeight = rules.stream().mapToInt(Rule::weight).sum();
        for (int r = 0; r < relationshipCount; r++) {
            Rule rule = rule(rules, random.nextInt(totalWeight));
            int from = pools.pick(rule.from(), random, UNIFORM_PICK[rule.from()]);
            int to;
            int tries = 0;
            // Ends whose lives meet, when a few draws can find one: a relationship between them can be dated.
            do {
                to = pools.pick(rule.to(), random, UNIFORM_PICK[rule.to()]);
            } while (to == from
                    || (!livesMeet(from, to, startYear, lastYear) && ++tries < MAX_TRIES_FOR_MEETING_LIVES));
            pools.add(rule.from(), from);
            pools.add(rule.to(), to);
            writer.relationship(relationship(r, rule, from, to, random, startYear, lastYear));
        }
    }

    private static final int MAX_TRIES_FOR_MEETING_LIVES = 20;

    private static boolean livesMeet(int a, int b, short[] startYear, short[] lastYear) {
        return Math.max(startYear[a], startYear[b]) <= Math.min(lastYear[a] == 0 ? LAST_YEAR : lastYear[a],
                lastYear[b] == 0 ? LAST_YEAR : lastYear[b]);
    }

    private static Rule rule(List<Rule> rules, int draw) {
        for (Rule rule : rules) {
            draw -= rule.weight();
            if (draw < 0) {
                return rule;
            }
        }
        throw new IllegalStateException("draw beyond the total weight");
    }

    /**
     * Dated within the lives of both ends (when known), ending no earlier than it starts; undated when the two lives
     * do not meet. A date in the first or last year of that span is given as the year, so that it cannot fall
     * before an end's start or after its end within that year.
     */
    private Relationship relationship(int index, Rule rule, int from, int to, Random random, short[] startYear,
            short[] lastYear) {
        PartialDate start = null;
        PartialDate end = null;
        int earliest = Math.max(FIRST_YEAR, Math.max(startYear[from], startYear[to]));
        int latest = Math.min(lastYear[from] == 0 ? LAST_YEAR : lastYear[from],
                lastYear[to] == 0 ? LAST_YEAR : lastYear[to]);
        if (random.nextInt(100) >= 12 && earliest <= latest) {
            int year = earliest + random.nextInt((latest - earliest) / 3 + 1);
            start = year == earliest || year == latest ? PartialDate.ofYear(year) : date(year, random, 1);
            if (random.nextBoolean()) {
                int endYear = Math.min(latest, year + 1 + random.nextInt(30));
                end = endYear == latest ? PartialDate.ofYear(endYear) : endIn(endYear, start, random);
            }
        }
        String role = rule.type().equals("leads") || (rule.type().equals("works_for") && random.nextBoolean())
                ? pick(random, ROLES) : null;
        List<String> sources = random.nextInt(100) < 60 ? List.of(source(random)) : List.of();
        return new Relationship("r-" + (index + 1), true, rule.type(), idOf(from), idOf(to), role, start, end, null,
                sources);
    }

    /** Year-only dates are most common; {@code detail} 3 favours full dates (events). */
    private static PartialDate date(int year, Random random, int detail) {
        int precision = random.nextInt(4) + detail - 1;
        if (precision <= 1) {
            return PartialDate.ofYear(year);
        }
        int month = 1 + random.nextInt(12);
        return precision == 2 ? new PartialDate(year, month, 0) : new PartialDate(year, month, 1 + random.nextInt(28));
    }

    private String name(int type, Random random) {
        String place = word(random, 2 + random.nextInt(2));
        if (type == PERSON) {
            return personName(random);
        } else if (type == UNION) {
            return pick(random, INDUSTRIES) + " Workers Union of " + place
                    + (random.nextInt(3) == 0 ? ", Local " + (1 + random.nextInt(999)) : "");
        } else if (type == ALLIANCE) {
            return place + " " + pick(random, ALLIANCE_WORDS) + " Alliance";
        } else if (type == CAMPAIGN) {
            return "Campaign for " + pick(random, CAUSES) + " in " + place;
        } else if (type == ORGANIZATION) {
            return place + " " + pick(random, ORGANIZATION_KINDS);
        }
        return place + " " + pick(random, EVENT_KINDS);
    }

    private static String description(int type, String name, String country) {
        String kind = TYPES[type].id();
        String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? " is an " : " is a ";
        return name + article + kind + " based in " + country + ", made up for benchmarks.";
    }

    private static String personName(Random random) {
        return word(random, 2) + " " + word(random, 2 + random.nextInt(2));
    }

    /** A capitalised made-up word of {@code syllables} syllables. */
    private static String word(Random random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            word.append(pick(random, SYLLABLES));
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    /** The capitals of the name's words, for union and alliance acronyms. */
    private static String acronym(String name) {
        StringBuilder letters = new StringBuilder();
        for (String part : name.split("[ ,]+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                letters.append(part.charAt(0));
            }
        }
        return letters.toString();
    }

    private String source(Random random) {
        return "src-" + (1 + random.nextInt(sourceCount));
    }

    private static int year(Random random) {
        return FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private int typeOf(int index) {
        int t = 0;
        while (index >= typeStart[t + 1]) {
            t++;
        }
        return t;
    }

    /** The id of an entity of the dataset, picked uniformly, for queries about it. */
    String randomId(Random random) {
        return idOf(random.nextInt(entityCount));
    }

    /** A made-up word of the kind names are built from, to search for. */
    static String searchTerm(Random random) {
        return word(random, 2);
    }

    /** "union-12": entities are numbered within their type, in file order. */
    String idOf(int index) {
        int type = typeOf(index);
        return TYPES[type].id() + "-" + (index - typeStart[type] + 1);
    }

    /**
     * Per entity type, a list holding each entity once plus once more for every relationship end it already has:
     * a uniform draw from it picks an entity with a chance that grows with its degree (preferential attachment).
     */
    private static final class DegreePools {
        private final int[] typeStart;
        private final int[][] pools;
        private final int[] sizes;

        DegreePools(int[] typeStart, int relationships) {
            this.typeStart = typeStart;
            int types = typeStart.length - 1;
            pools = new int[types][];
            sizes = new int[types];
            for (int t = 0; t < types; t++) {
                int count = typeStart[t + 1] - typeStart[t];
                pools[t] = new int[Math.max(16, count + Math.min(relationships, count * 2))];
                for (int i = 0; i < count; i++) {
                    pools[t][i] = typeStart[t] + i;
                }
                sizes[t] = count;
            }
        }

        int pick(int type, Random random, double uniformShare) {
            if (random.nextDouble() < uniformShare) {
                return typeStart[type] + random.nextInt(typeStart[type + 1] - typeStart[type]);
            }
            return pools[type][random.nextInt(sizes[type])];
        }

        void add(int type, int entity) {
            if (sizes[type] == pools[type].length) {
                pools[type] = Arrays.copyOf(pools[type], pools[type].length + (pools[type].length >> 1));
            }
            pools[type][sizes[type]++] = entity;
        }
    }
}
