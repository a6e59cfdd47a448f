package org.solidarityatlas.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.solidarityatlas.format.LocatedValue.ArrayValue;
import org.solidarityatlas.format.LocatedValue.Member;
import org.solidarityatlas.format.LocatedValue.ObjectValue;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;

/**
 * Gathers the rows of a Stories sheet (one row per step, in order) into the {@code stories} array of the format.
 * A row whose {@code story} cell is empty continues the story above; a row without any step column only names
 * its story (a story with no steps).
 */
final class StoryRows {

    /** Step columns (sheet keys) and the format's step fields they fill. */
    private static final Map<String, String> STEP_FIELDS = stepFields();

    private record StoryDraft(Position position, Map<String, Member> members, List<LocatedValue> steps) {
    }

    private final List<StoryDraft> stories = new ArrayList<>();
    private final EntityNames names;

    StoryRows(EntityNames names) {
        this.names = names;
    }

    private static Map<String, String> stepFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("steptitle", "title");
        fields.put("text", "text");
        fields.put("notes", "notes");
        fields.put("from", "from");
        fields.put("to", "to");
        fields.put("focus", "focus");
        fields.put("types", "types");
        fields.put("relationshiptypes", "relationshipTypes");
        fields.put("depth", "depth");
        return fields;
    }

    void add(Position position, Map<String, LocatedValue> row) {
        LocatedValue storyId = row.get("story");
        StoryDraft current = stories.isEmpty() ? null : stories.get(stories.size() - 1);
        boolean continues = current != null && (storyId == null || sameText(storyId, current.members().get("id")));
        if (!continues) {
            current = new StoryDraft(position, new LinkedHashMap<>(), new ArrayList<>());
            stories.add(current);
            putIfPresent(current.members(), "id", storyId);
        }
        // A story's title and description are taken from its first row that has them.
        current.members().putIfAbsent("title", member("title", row.get("storytitle")));
        current.members().putIfAbsent("description", member("description", row.get("storydescription")));
        current.members().values().removeIf(m -> m == null);
        Map<String, Member> step = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : STEP_FIELDS.entrySet()) {
            LocatedValue value = row.get(field.getKey());
            if (value != null) {
                step.put(field.getValue(), member(field.getValue(), field.getKey().equals("focus")
                        ? focus(value) : value));
            }
        }
        if (!step.isEmpty()) {
            current.steps().add(new ObjectValue(position, step));
        }
    }

    /** Focus cells may name entities as relationship ends may: by id, name or alias. */
    private LocatedValue focus(LocatedValue value) {
        if (!(value instanceof ArrayValue array)) {
            return value;
        }
        return new ArrayValue(array.position(), array.items().stream()
                .map(item -> item instanceof StringValue text ? names.resolve(text) : item).toList());
    }

    private static boolean sameText(LocatedValue a, Member b) {
        return b != null && a instanceof StringValue x && b.value() instanceof StringValue y
                && x.text().equals(y.text());
    }

    private static void putIfPresent(Map<String, Member> members, String field, LocatedValue value) {
        if (value != null) {
            members.put(field, member(field, value));
        }
    }

    private static Member member(String field, LocatedValue value) {
        return value == null ? null : new Member(field, value.position(), value);
    }

    /** The {@code stories} array, or null when the sheet had no story. */
    ArrayValue array(Position position) {
        List<LocatedValue> items = new ArrayList<>();
        for (StoryDraft draft : stories) {
            Map<String, Member> members = new LinkedHashMap<>(draft.members());
            members.put("steps", new Member("steps", draft.position(), new ArrayValue(draft.position(),
                    draft.steps())));
            items.add(new ObjectValue(draft.position(), members));
        }
        return items.isEmpty() ? null : new ArrayValue(position, items);
    }
}
