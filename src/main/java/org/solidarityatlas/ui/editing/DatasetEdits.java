package org.solidarityatlas.ui.editing;

import org.solidarityatlas.ui.text.Texts;
import org.solidarityatlas.ui.text.Translated;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.solidarityatlas.format.FieldRules;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.store.GraphEdit;
import org.solidarityatlas.ui.stories.StoryDocument;

/**
 * Makes the edits of a dataset's entities and relationships, each checked against the document's dataset as it
 * is now and by the format's own rules: an edit that would break the dataset is refused with one line saying why
 * ({@link EditRefusedException}) and changes nothing.
 */
public final class DatasetEdits {

    private final StoryDocument document;
    private final Consumer<GraphEdit> store;

    /** {@code store} gets each edit's small change for the stored dataset, forwards or backwards. */
    public DatasetEdits(StoryDocument document, Consumer<GraphEdit> store) {
        this.document = document;
        this.store = store;
    }

    public StoryDocument document() {
        return document;
    }

    private Dataset dataset() {
        return document.dataset();
    }

    /** A new entity with an id made from its name. */
    public DatasetEdit addEntity(EntityType type, String name) {
        String trimmed = requireName(name);
        Set<String> taken = new HashSet<>();
        dataset().entities().forEach(e -> taken.add(e.id()));
        Entity entity = new Entity(FieldRules.madeId(trimmed, taken), type, trimmed, List.of(), List.of(), null, null,
                null, List.of(), List.of());
        return new DatasetChange(dataset()).put(entity).edit(() -> Texts.get("edit.undo.add", trimmed),
                document, store);
    }

    /**
     * Every field of an existing entity (the id stays); {@code newSources} are sources added on the spot, which
     * join the dataset's sources with the edit.
     */
    public DatasetEdit editEntity(Entity edited, List<Source> newSources) {
        Entity old = requireEntity(edited.id());
        Entity clean = new Entity(old.id(), edited.type(), requireName(edited.name()), cleaned(edited.aliases()),
                countries(edited.countries()), edited.start(), edited.end(), blankToNull(edited.description()),
                cleaned(edited.sources()), cleaned(edited.tags()), old.translations());
        requireOrder(clean.start(), clean.end());
        DatasetChange change = new DatasetChange(dataset());
        addSources(change, newSources, clean.sources());
        return change.put(clean).edit(() -> Texts.get("edit.undo.edit", Translated.name(clean)),
                document, store);
    }

    /** A relationship of the type from one entity to another, with an id made from both and the type. */
    public DatasetEdit connect(String fromId, String toId, String type) {
        Entity from = requireEntity(fromId);
        Entity to = requireEntity(toId);
        if (fromId.equals(toId)) {
            throw new EditRefusedException(Texts.get("edit.refused.self"));
        }
        String cleanType = requireType(type);
        Set<String> taken = new HashSet<>();
        dataset().relationships().forEach(r -> taken.add(r.id()));
        String id = FieldRules.madeId(fromId + "-" + cleanType + "-" + toId, taken);
        Relationship relationship = new Relationship(id, true, cleanType, fromId, toId, null, null, null, null,
                List.of());
        return new DatasetChange(dataset()).put(relationship)
                .edit(() -> Texts.get("edit.undo.connect", Translated.name(from), Translated.name(to)),
                        document, store);
    }

    /** Every field of an existing relationship but its id and ends. */
    public DatasetEdit editRelationship(Relationship edited, List<Source> newSources) {
        Relationship old = requireRelationship(edited.id());
        Relationship clean = new Relationship(old.id(), old.idGiven(), requireType(edited.type()), old.from(),
                old.to(), blankToNull(edited.role()), edited.start(), edited.end(),
                blankToNull(edited.description()), cleaned(edited.sources()), old.translations());
        requireOrder(clean.start(), clean.end());
        DatasetChange change = new DatasetChange(dataset());
        addSources(change, newSources, clean.sources());
        return change.put(clean).edit(() -> Texts.get("edit.undo.editRelationship"), document,
                store);
    }

    /** The entity and the relationships it takes along ({@link #relationshipsOf} lists them first). */
    public DatasetEdit deleteEntity(String id) {
        Entity entity = requireEntity(id);
        return new DatasetChange(dataset()).removeEntity(id)
                .edit(() -> Texts.get("edit.undo.delete", Translated.name(entity)), document, store);
    }

    /** The relationships deleting the entity takes along. */
    public List<Relationship> relationshipsOf(String entityId) {
        return dataset().relationships().stream()
                .filter(r -> r.from().equals(entityId) || r.to().equals(entityId)).toList();
    }

    public DatasetEdit deleteRelationship(String id) {
        requireRelationship(id);
        return new DatasetChange(dataset()).removeRelationship(id)
                .edit(() -> Texts.get("edit.undo.deleteRelationship"), document, store);
    }

    /**
     * Merges {@code goneId} into {@code keptId}: its relationships move to the kept entity (one between the two
     * would join it to itself and goes), its name and aliases become aliases, its countries, sources and tags
     * join, and what the kept one lacks (description, dates) is taken from it.
     */
    public DatasetEdit merge(String keptId, String goneId) {
        if (keptId.equals(goneId)) {
            throw new EditRefusedException(Texts.get("edit.refused.mergeSelf"));
        }
        Entity kept = requireEntity(keptId);
        Entity gone = requireEntity(goneId);
        Set<String> aliases = new LinkedHashSet<>(kept.aliases());
        aliases.add(gone.name());
        aliases.addAll(gone.aliases());
        aliases.remove(kept.name());
        Entity merged = new Entity(kept.id(), kept.type(), kept.name(), List.copyOf(aliases),
                union(kept.countries(), gone.countries()), kept.start() != null ? kept.start() : gone.start(),
                kept.end() != null ? kept.end() : gone.end(),
                kept.description() != null ? kept.description() : gone.description(),
                union(kept.sources(), gone.sources()), union(kept.tags(), gone.tags()), kept.translations());
        DatasetChange change = new DatasetChange(dataset()).put(merged);
        for (Relationship r : relationshipsOf(goneId)) {
            String from = r.from().equals(goneId) ? keptId : r.from();
            String to = r.to().equals(goneId) ? keptId : r.to();
            if (!from.equals(to)) {
                change.put(new Relationship(r.id(), r.idGiven(), r.type(), from, to, r.role(), r.start(), r.end(),
                        r.description(), r.sources(), r.translations()));
            }
        }
        return change.mergeInto(goneId, keptId).edit(() -> Texts.get("edit.undo.merge", Translated.name(gone),
                Translated.name(kept)), document,
                store);
    }

    /** A source made on the spot from a title (and a link, which may be empty), with an id made from the title. */
    public Source newSource(String title, String url, List<Source> alsoNew) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty()) {
            throw new EditRefusedException(Texts.get("edit.refused.sourceTitle"));
        }
        Set<String> taken = new HashSet<>();
        dataset().sources().forEach(s -> taken.add(s.id()));
        alsoNew.forEach(s -> taken.add(s.id()));
        return new Source(FieldRules.madeId(trimmed, taken), trimmed, null, null, null, blankToNull(url), null);
    }

    private void addSources(DatasetChange change, List<Source> newSources, List<String> cited) {
        Set<String> known = new HashSet<>();
        dataset().sources().forEach(s -> known.add(s.id()));
        for (Source source : newSources) {
            if (cited.contains(source.id()) && known.add(source.id())) {
                change.put(source);
            }
        }
        for (String id : cited) {
            if (!known.contains(id)) {
                throw new EditRefusedException(Texts.get("edit.refused.source", id));
            }
        }
    }

    private Entity requireEntity(String id) {
        return dataset().entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new EditRefusedException(Texts.get("edit.refused.noEntity", id)));
    }

    private Relationship requireRelationship(String id) {
        return dataset().relationships().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new EditRefusedException(Texts.get("edit.refused.noRelationship", id)));
    }

    private static String requireName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new EditRefusedException(Texts.get("edit.refused.name"));
        }
        return trimmed;
    }

    private static String requireType(String type) {
        String trimmed = type == null ? "" : type.strip();
        if (trimmed.isEmpty()) {
            throw new EditRefusedException(Texts.get("edit.refused.type"));
        }
        FieldRules.relationshipType(trimmed).ifPresent(problem -> {
            throw new EditRefusedException(Texts.said(problem));
        });
        return trimmed;
    }

    private static void requireOrder(org.solidarityatlas.model.PartialDate start,
            org.solidarityatlas.model.PartialDate end) {
        FieldRules.order(start, end, Texts.get("edit.fieldWord.start"), Texts.get("edit.fieldWord.end"))
                .ifPresent(problem -> {
            throw new EditRefusedException(Texts.said(problem));
        });
    }

    private static List<String> countries(List<String> codes) {
        List<String> clean = cleaned(codes);
        for (String code : clean) {
            FieldRules.country(code).ifPresent(problem -> {
                throw new EditRefusedException(Texts.said(problem));
            });
        }
        return clean;
    }

    /** Trimmed, without empty items or repeats, in the order given. */
    static List<String> cleaned(List<String> items) {
        Set<String> clean = new LinkedHashSet<>();
        for (String item : items) {
            String trimmed = item == null ? "" : item.strip();
            if (!trimmed.isEmpty()) {
                clean.add(trimmed);
            }
        }
        return List.copyOf(clean);
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
