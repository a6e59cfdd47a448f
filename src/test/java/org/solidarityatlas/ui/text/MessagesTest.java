package org.solidarityatlas.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundles hold one key set, every key the views ask for, and patterns that format; the views' sources pass no
 * words of their own to the controls, dialogs and status lines a person reads (they pass bundle keys or data).
 */
class MessagesTest {

    private static final Path VIEWS = Path.of("src/main/java/org/solidarityatlas/ui");

    /** Where a literal is text for a person: controls' constructors and setters, dialogs, messages, canvases. */
    private static final Pattern SHOWN_LITERAL = Pattern.compile(
            "(new (Label|Button|MenuItem|Menu|CheckBox|RadioMenuItem|CheckMenuItem|Tooltip|Tab|ToggleButton|ButtonType|"

                    + "Hyperlink|TitledPane|Alert|FileType|KeyHelp)\\((Alert\\.AlertType\\.\\w+, )?"
                    + "|\\b(setText|setPromptText|setTitle|setHeaderText|setContentText|fillText|setProgress|setStep|"
                    + "setMessage|setBusy|notifyError|notifyDone|showError|showProblems|showKeys|confirm|"
                    + "chooseFolder|chooseFileToSave|chooseFilesToOpen|succeed|onError\\.accept)\\("
                    + "|\\b(message|problem|summary|busyText|laneTitle|statusLine|title|kind|dates)\\.set\\()"
                    + "\"([^\"]*[A-Za-z]{2}[^\"]*)\"");
    /** Literals a person reads that are the same in every language, and a text measured but never shown. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Solidarity Atlas", "PDF", "Ctrl+F", "Ctrl+O",
            "Ctrl+E", "F11", "F7 / F8", "F5", "Ctrl+Shift+N", "Ctrl+S", "F1", "Hg",
            "Ctrl+N", "Ctrl+K");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(json|css|png|gif|pdf|xlsx|csv)");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/solidarityatlas/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> spanish = new TreeSet<>(load("messages_es.properties").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        Set<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys missing from messages_es.properties");
        assertEquals(Set.of(), onlySpanish, "keys missing from messages.properties");
    }

    @Test
    void everyTextFormatsAndKeepsItsApostrophes() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_es.properties")) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                if (key.startsWith("date.yearMonth") || key.startsWith("date.day")) {
                    continue; // java.time patterns, not MessageFormat
                }
                new MessageFormat(pattern); // throws on a malformed pattern
                // MessageFormat drops a lone apostrophe: "dataset's" must be written "dataset''s".
                assertTrue(!pattern.replace("''", "").contains("'"), bundle + " " + key + ": lone apostrophe");
            }
        }
    }

    @Test
    void everyKeyTheViewsAskForIsInTheBundle() throws IOException {
        Properties english = load("messages.properties");
        Set<String> prefixes = new TreeSet<>();
        english.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Pattern keyLiteral = Pattern.compile("\"([a-z][A-Za-z]*(\\.[a-zA-Z_]+)+)\"");
        Pattern buttonKey = Pattern.compile("button\\(\"[^\"]+\", \"([a-zA-Z.]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path file : viewSources()) {
            String source = Files.readString(file);
            Matcher m = keyLiteral.matcher(source);
            while (m.find()) {
                String key = m.group(1);
                boolean looksLikeKey = prefixes.stream().anyMatch(key::startsWith) && !FILE_NAME.matcher(key).matches();

                if (looksLikeKey && !english.containsKey(key)) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
            Matcher b = buttonKey.matcher(source);
            while (b.find()) {
                if (!english.containsKey(b.group(1) + ".tip")) {
                    missing.add(file.getFileName() + ": " + b.group(1) + ".tip");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theViewsPassNoHardCodedWordsToWhatAPersonReads() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : viewSources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                    continue;
                }
                Matcher m = SHOWN_LITERAL.matcher(lines.get(i));
                while (m.find()) {
                    if (!SAME_IN_EVERY_LANGUAGE.contains(m.group(6))) {
                        found.add(VIEWS.relativize(file) + ":" + (i + 1) + ": \"" + m.group(6) + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "user-visible words belong in messages.properties and messages_es.properties");
    }

    @Test
    void theScanCatchesAHardCodedLabel() {
        assertTrue(SHOWN_LITERAL.matcher("Label heading = new Label(\"Stories\");").find());
        assertTrue(SHOWN_LITERAL.matcher("message.set(\"Pick another entity\");").find());
        assertTrue(!SHOWN_LITERAL.matcher("Label heading = Texts.bind(new Label(), \"stories.heading\");").find());
    }

    private static List<Path> viewSources() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
