package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.DatesInWords;
import org.solidarityatlas.ui.text.Vocabulary;
import org.solidarityatlas.ui.text.Translated;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;

/** One entity or relationship in a comparison list, as a person reads it. */
public record ChangedItem(String id, boolean isEntity, String label, String dates) {

    /** "UE (union)" or "UE partner of FAT", with its dates in words. */
    @Override
    public String toString() {
        return label + " · " + dates;
    }

    /** Entities first, then relationships, each alphabetically. */
    static List<ChangedItem> describe(Dataset dataset, Set<String> entityIds, Set<String> relationshipIds) {
        List<ChangedItem> items = new ArrayList<>();
        for (Entity e : dataset.entities()) {
            if (entityIds.contains(e.id())) {
                items.add(new ChangedItem(e.id(), true, Translated.name(e) + " (" + Vocabulary.of(e.type())
                        .toLowerCase(org.solidarityatlas.ui.text.Texts.locale()) + ")", DatesInWords.of(e.lifespan())));
            }
        }
        for (Relationship r : dataset.relationships()) {
            if (relationshipIds.contains(r.id())) {
                String from = dataset.entity(r.from()).map(Translated::shortLabel).orElse(r.from());
                String to = dataset.entity(r.to()).map(Translated::shortLabel).orElse(r.to());
                items.add(new ChangedItem(r.id(), false, from + " " + Vocabulary.relationship(r.type()) + " " + to,
                        DatesInWords.of(r.lifespan())));

            }
        }
        items.sort(Comparator.comparing((ChangedItem i) -> !i.isEntity)
                .thenComparing(i -> i.label.toLowerCase(java.util.Locale.ROOT)));
        return items;
    }
}
