package org.solidarityatlas.ui.timeline;

/**
 * One thin bar in the selection lane: the selected entity's lifespan, or one of its relationships' spans, in
 * year coordinates (year {@code y} covers {@code [y, y + 1)}), on a row of its own among overlapping bars.
 *
 * @param itemId the entity's or the relationship's id, for selecting it
 * @param entity true for the selected entity's own lifespan
 * @param typeIndex the relationship type's place among the dataset's types (its colour); -1 for the entity
 * @param text what hovering says, e.g. "partner of Frente Auténtico del Trabajo, 1992 – present"
 */
public record LaneBar(String itemId, boolean entity, int typeIndex, String text, double from, double to, int row) {
}
