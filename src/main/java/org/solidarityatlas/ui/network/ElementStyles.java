package org.solidarityatlas.ui.network;
import org.solidarityatlas.ui.text.Translated;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.solidarityatlas.model.Entity;

/**
 * The style classes (see {@code network.css}) and labels of nodes and edges, from what is selected, highlighted,
 * hovered and marked as changed. Plain Java: the view hands the strings to the graph.
 */
final class ElementStyles {

    /** A selection with more highlighted relationships than this labels them only on hover: they would pile up. */
    private static final int MAX_LABELLED_EDGES = 10;

    private String selectedEntity;
    /** More entities show than have room for full names: labels use the shortest alias. */
    private boolean crowded = true;

    /** Above this many entities shown, labels use the shortest alias instead of the name. */
    static final int CROWDED_ABOVE = 40;
    /**
     * False in presentation: labels are placed and show the whole name, falling back on an alias (or the name cut
     * short) one by one where it has no room.
     */
    private boolean aliasesWhenCrowded = true;
    private Set<String> highlightedEntities = Set.of();
    private Set<String> highlightedRelationships = Set.of();
    private Set<String> joined = Set.of();
    private Set<String> left = Set.of();
    /** Shown although the filters hide them: a path's hidden middle. */
    private Set<String> outside = Set.of();
    private int hoveredNode = -1;
    private int hoveredEdge = -1;

    /** Forgets everything (a new network is shown). */
    void clear() {
        selectedEntity = null;
        highlightedEntities = Set.of();
        highlightedRelationships = Set.of();
        joined = Set.of();
        left = Set.of();
        outside = Set.of();
        hoveredNode = -1;
        hoveredEdge = -1;
    }

    /** Sets the selection; false when it is what it was already. */
    boolean select(Optional<String> entityId, Set<String> entities, Set<String> relationships) {
        if (Objects.equals(selectedEntity, entityId.orElse(null)) && highlightedEntities.equals(entities)
                && highlightedRelationships.equals(relationships)) {
            return false;
        }
        selectedEntity = entityId.orElse(null);
        highlightedEntities = Set.copyOf(entities);
        highlightedRelationships = Set.copyOf(relationships);
        return true;
    }

    /** Sets the change marks; false when they are what they were already. */
    boolean mark(Set<String> joinedIds, Set<String> leftIds) {
        if (joined.equals(joinedIds) && left.equals(leftIds)) {
            return false;
        }
        joined = Set.copyOf(joinedIds);
        left = Set.copyOf(leftIds);
        return true;
    }

    /** Sets the ids shown outside the filters; false when they are what they were already. */
    boolean markOutside(Set<String> ids) {
        if (outside.equals(ids)) {
            return false;
        }
        outside = Set.copyOf(ids);
        return true;
    }

    void hover(int node, int edge) {
        hoveredNode = node;
        hoveredEdge = edge;
    }

    int hoveredNode() {
        return hoveredNode;
    }

    int hoveredEdge() {
        return hoveredEdge;
    }

    private boolean selectionActive() {
        return selectedEntity != null || !highlightedEntities.isEmpty() || !highlightedRelationships.isEmpty();
    }

    /** The classes of node {@code i}: the first class that sets a property wins, so states come before the type. */
    String nodeClasses(NetworkModel model, int i) {
        Entity entity = model.entities.get(i);
        String type = EntityTypeLook.of(entity.type()).styleClass();
        List<String> classes = new ArrayList<>(5);
        if (outside.contains(entity.id())) {
            classes.add("outside");
        }
        boolean selected = entity.id().equals(selectedEntity);
        boolean highlighted = highlightedEntities.contains(entity.id());
        if (selected) {
            classes.add("selected");
        }
        if (i == hoveredNode) {
            classes.add("hovered");
        }
        addChangeMark(classes, entity.id());
        if (highlighted) {
            classes.add("highlighted");
        }
        if (selectionActive() && !selected && !highlighted) {
            classes.add(type + "_dimmed");
            classes.add("dimmed");
        }
        if (model.minor[i]) {
            classes.add("minor");
        }
        classes.add(type);
        return String.join(", ", classes);
    }

    /** The label of node {@code i}: long names are cut beside the node; the one being looked at shows whole. */
    String nodeLabel(NetworkModel model, int i) {
        Entity entity = model.entities.get(i);
        boolean whole = entity.id().equals(selectedEntity) || i == hoveredNode;
        if (whole) {
            return Translated.name(entity);
        }
        // A short alias ("SNTMMSSRM") only when the network is crowded; with room, the name people know.
        if (!aliasesWhenCrowded) {
            // Placed labels try the whole name first and fall back on the alias themselves, where it has no room.
            return Translated.name(entity);
        }
        return LabelSpacing.shortened(crowded ? Translated.shortLabel(entity) : Translated.name(entity));
    }

    /** Whether a crowded network labels every node with its alias; true when that changed. */
    boolean setAliasesWhenCrowded(boolean on) {
        boolean changed = aliasesWhenCrowded != on;
        aliasesWhenCrowded = on;
        return changed;
    }

    /** Whether labels use aliases, from how many entities show; true when that changed. */
    boolean setShownCount(int shown) {
        boolean now = shown > CROWDED_ABOVE;
        if (now == crowded) {
            return false;
        }
        crowded = now;
        return true;
    }

    String edgeClasses(NetworkModel model, int j) {
        String id = model.relationshipId(j);
        boolean highlighted = highlightedRelationships.contains(id);
        List<String> classes = new ArrayList<>(3);
        if (outside.contains(id)) {
            classes.add("outside");
        }
        if (j == hoveredEdge) {
            classes.add("hovered");
        }
        addChangeMark(classes, id);
        if (highlighted && highlightedRelationships.size() <= MAX_LABELLED_EDGES) {
            classes.add("labelled");
        }
        if (highlighted) {
            classes.add("highlighted");
        } else if (selectionActive()) {
            classes.add("dimmed");
        }
        return String.join(", ", classes);
    }

    private void addChangeMark(List<String> classes, String id) {
        if (joined.contains(id)) {
            classes.add("joined");
        } else if (left.contains(id)) {
            classes.add("ended");
        }
    }
}
