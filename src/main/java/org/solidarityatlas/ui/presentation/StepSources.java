package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.Translated;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.StoryStep;

/**
 * Where a step's claims come from: the sources cited by its focus entities and by the relationships among them,
 * most cited first (ties in the order the dataset lists its sources). Shown as one line on screen and on slides,
 * in full in the handout.
 */
public record StepSources(List<Source> sources) {

    public StepSources {
        sources = List.copyOf(sources);
    }

    public static StepSources of(Dataset dataset, StoryStep step) {
        Set<String> focus = new HashSet<>(step.focus());
        Map<String, Integer> citations = new LinkedHashMap<>();
        for (Entity entity : dataset.entities()) {
            if (focus.contains(entity.id())) {
                entity.sources().forEach(id -> citations.merge(id, 1, Integer::sum));
            }
        }
        for (Relationship relationship : dataset.relationships()) {
            if (focus.contains(relationship.from()) && focus.contains(relationship.to())) {
                relationship.sources().forEach(id -> citations.merge(id, 1, Integer::sum));
            }
        }
        List<Source> cited = new ArrayList<>();
        for (Source source : dataset.sources()) {
            if (citations.containsKey(source.id())) {
                cited.add(source);
            }
        }
        // A stable sort keeps the dataset's order among sources cited equally often.
        cited.sort(Comparator.comparingInt((Source s) -> citations.get(s.id())).reversed());
        return new StepSources(cited);
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /** "Title (Author, 2019)": the title, with author and date when the dataset knows them. */
    public static String shortCitation(Source source) {
        List<String> by = new ArrayList<>();
        if (source.author() != null && !source.author().isBlank()) {
            by.add(source.author());
        }
        if (source.date() != null && !source.date().isBlank()) {
            by.add(source.date());
        }
        String title = Translated.title(source);
        return by.isEmpty() ? title : title + " (" + String.join(", ", by) + ")";
    }

    /** The handout's entry: the short citation, then publisher, URL and note when known. */
    public static String fullCitation(Source source) {
        StringBuilder text = new StringBuilder(shortCitation(source));
        for (String part : new String[] {source.publisher(), source.url(), Translated.note(source)}) {

            if (part != null && !part.isBlank()) {
                text.append(". ").append(part);
            }
        }
        return text.toString();
    }

    /**
     * The one line that fits {@code maxWidth} as {@code measure} measures text: "Sources: A · B · +3 more". At
     * least the most cited source is named (cut by the label if even it does not fit); empty when none is cited.
     *
     * @param prefix the words before the list, in the presentation's language ("Sources: ")
     * @param more   how the rest is counted, given their number ("+3 more")
     */
    public String line(String prefix, java.util.function.IntFunction<String> more, double maxWidth,
            ToDoubleFunction<String> measure) {
        if (sources.isEmpty()) {
            return "";
        }
        String separator = " · ";
        String shown = prefix + shortCitation(sources.get(0));
        for (int i = 1; i < sources.size(); i++) {
            String longer = shown + separator + shortCitation(sources.get(i));
            int restAfter = sources.size() - i - 1;
            String candidate = restAfter == 0 ? longer : longer + separator + more.apply(restAfter);
            if (measure.applyAsDouble(candidate) > maxWidth) {
                return shown + separator + more.apply(sources.size() - i);
            }
            shown = longer;
        }
        return shown;
    }
}
