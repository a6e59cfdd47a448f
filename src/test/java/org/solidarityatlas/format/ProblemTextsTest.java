package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The validator's words come from {@code problems.properties} (English) and {@code problems_es.properties}
 * (Spanish): one key set, every key the code names present in both, and a problem said in either language.
 */
class ProblemTextsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/solidarityatlas/format");
    private static final Path FORMAT_SOURCES = Path.of("src/main/java/org/solidarityatlas/format");
    /** A string literal shaped like a key ("field.missing"; "kind." begins a family of built keys). */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*\\.[A-Za-z.]*)\"");

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Set<String> english = keys("problems.properties");
        Set<String> spanish = keys("problems_es.properties");

        Set<String> notInSpanish = new TreeSet<>(english);
        notInSpanish.removeAll(spanish);
        Set<String> notInEnglish = new TreeSet<>(spanish);
        notInEnglish.removeAll(english);
        assertEquals(Set.of(), notInSpanish, "keys missing from problems_es.properties");
        assertEquals(Set.of(), notInEnglish, "keys missing from problems.properties");
    }

    @Test
    void everyKeyTheCodeNamesIsInBothBundles() throws IOException {
        Set<String> english = keys("problems.properties");
        Set<String> spanish = keys("problems_es.properties");
        Set<String> missing = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        english.forEach(key -> groups.add(key.substring(0, key.indexOf('.') + 1)));
        for (String key : keysInCode(groups)) {
            if (key.endsWith(".")) {
                // A family such as "kind.": at least one member must exist; the families' members are listed below.
                assertTrue(english.stream().anyMatch(k -> k.startsWith(key)), "no key starts with " + key);
            } else if (!english.contains(key) || !spanish.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void builtKeysOfEveryFamilyAreInTheBundles() throws IOException {
        Set<String> english = keys("problems.properties");
        List<String> built = List.of("kind.entity", "kind.relationship", "kind.source", "kind.story",
                "life.starts.before", "life.starts.after", "life.ends.before", "life.ends.after",
                "csv.entities", "csv.relationships", "csv.sources", "csv.stories");

        assertEquals(Set.of(), built.stream().filter(k -> !english.contains(k)).collect(TreeSet::new, Set::add,
                Set::addAll));
    }

    @Test
    void aMissingFieldIsSaidInSpanishWithItsLineAndColumn() {
        ReadResult result = new DatasetReader().read(Path.of("src/test/resources/ui/text/sin-id.json"));

        Problem problem = result.errors().get(0);
        assertEquals("línea 5, columna 5: falta el campo obligatorio «id» en una entidad",
                problem.describe(Locale.forLanguageTag("es-MX")));
        assertEquals("missing required field 'id' in entity", problem.message());
    }

    @Test
    void theEnglishStaysEnglishOnASpanishSystem() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-MX"));
            ProblemText text = ProblemText.of("field.missing", "id", ProblemText.of("what.entity"));

            assertEquals("missing required field 'id' in entity", text.in(Locale.ENGLISH));
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void aHintAndAListAreSaidInTheSameLanguage() {
        ProblemText text = ProblemText.of("entity.unknown", "fta", ProblemText.of("hint.didYouMean", "fat"));

        assertEquals("unknown entity 'fta' (did you mean 'fat'?)", text.english());
        assertEquals("entidad desconocida «fta» (¿quiso decir «fat»?)", text.in(Locale.forLanguageTag("es")));
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(BUNDLES.resolve(bundle))) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }

    /** The key-shaped literals of the format package whose first word is one the bundles use ("json."). */
    private static Set<String> keysInCode(Set<String> groups) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(FORMAT_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (groups.contains(key.substring(0, key.indexOf('.') + 1))) {
                        keys.add(key);
                    }
                }
            }
        }
        assertTrue(keys.size() > 80, "the scan finds the keys: " + keys.size());
        return keys;
    }
}
