package org.solidarityatlas.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.solidarityatlas.format.LocatedValue.StringValue;

/**
 * The entities of a spreadsheet by id, name and alias, so that a relationship row may name its ends as people
 * type them; and ids made from names for rows that give none.
 */
final class EntityNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ID_CHARACTERS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final int MAX_MADE_ID_LENGTH = 80;

    private final ProblemList problems;
    private final Set<String> ids = new HashSet<>();
    /** Each name's entity ids: usually one, and a list only for names several entities share. */
    private final Map<String, Object> byName = new HashMap<>();
    private final Map<String, Object> byAlias = new HashMap<>();

    EntityNames(ProblemList problems) {
        this.problems = problems;
    }

    /** Marks ids as taken before any is made, so that a made id never takes one given further down. */
    void reserve(String id) {
        ids.add(id);
    }

    /**
     * An id for an entity row without one, from its name: accents dropped, lower case, words joined by '-'
     * ("Frente Auténtico del Trabajo" is {@code frente-autentico-del-trabajo}), with -2, -3 for repeats in
     * row order. The same rows give the same ids.
     */
    String madeId(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String base = NOT_ID_CHARACTERS.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (base.length() > MAX_MADE_ID_LENGTH) {
            base = base.substring(0, MAX_MADE_ID_LENGTH).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "entity";
        }
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        ids.add(id);
        return id;
    }

    /** Records an entity under its id, name and aliases. */
    void add(String id, String name, List<String> aliases) {
        ids.add(id);
        if (name != null) {
            index(byName, name, id);
        }
        for (String alias : aliases) {
            index(byAlias, alias, id);
        }
    }

    @SuppressWarnings("unchecked")
    private static void index(Map<String, Object> map, String key, String id) {
        Object earlier = map.putIfAbsent(key, id);
        if (earlier == null || earlier.equals(id)) {
            return;
        }
        List<String> all;
        if (earlier instanceof List<?> list) {
            all = (List<String>) list;
        } else {
            all = new ArrayList<>(List.of((String) earlier));
            map.put(key, all);
        }
        if (!all.contains(id)) {
            all.add(id);
        }
    }

    /**
     * The id a cell means: the text itself when it is an id, else the one entity with that exact name, else
     * the one with that alias. A name or alias several entities share is reported. Anything else comes back as
     * written, for the checks to report as an unknown entity.
     */
    StringValue resolve(StringValue written) {
        String text = written.text();
        if (ids.contains(text)) {
            return written;
        }
        String id = unique(byName.get(text), written, "names.sharedName");
        if (id == null) {
            id = unique(byAlias.get(text), written, "names.sharedAlias");
        }
        return id == null ? written : new StringValue(written.position(), id);
    }

    /** {@code key} says whether the name or an alias is shared: "names.sharedName", "names.sharedAlias". */
    private String unique(Object found, StringValue written, String key) {
        if (found == null) {
            return null;
        }
        if (found instanceof String id) {
            return id;
        }
        List<?> all = (List<?>) found;
        List<Object> shown = new java.util.ArrayList<>(all.stream().limit(5)
                .map(id -> (Object) ProblemText.of("quoted", id)).toList());
        if (all.size() > 5) {
            shown.add("...");
        }
        problems.error(written.position(), ProblemText.of(key, DateText.shown(written.text()), all.size(), shown));
        return (String) all.get(0);
    }
}
