package org.solidarityatlas.ui.timeline;
import org.solidarityatlas.ui.text.DatesInWords;
import org.solidarityatlas.ui.text.Vocabulary;
import org.solidarityatlas.ui.text.Translated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Lifespan;
import org.solidarityatlas.model.Relationship;

/** Lays out an entity's lifespan and its relationships' spans as bars on as few rows as they need. */
final class SelectionLane {

    /** Beyond this many rows, bars share the row that frees up first rather than make the lane taller. */
    static final int MAX_ROWS = 10;

    private SelectionLane() {
    }

    /** Row 0 is the entity's lifespan; relationships follow, packed by start. Undated items get no bar. */
    static List<LaneBar> of(LoadedGraph graph, Entity entity, int firstYear, int lastYear) {
        List<LaneBar> bars = new ArrayList<>();
        Lifespan life = entity.lifespan();
        if (life.isDated()) {
            bars.add(new LaneBar(entity.id(), true, -1, Translated.name(entity) + ", " + DatesInWords.of(life),
                    from(life, firstYear), to(life, lastYear), 0));
        }
        List<Relationship> dated = graph.relationshipsOf(entity.id()).stream()
                .filter(r -> r.lifespan().isDated())
                .sorted(Comparator.comparing((Relationship r) -> from(r.lifespan(), firstYear)))
                .toList();
        List<Double> rowEnds = new ArrayList<>();
        List<String> types = graph.relationshipTypes();
        for (Relationship r : dated) {
            double from = from(r.lifespan(), firstYear);
            double to = to(r.lifespan(), lastYear);
            int row = freeRow(rowEnds, from);
            rowEnds.set(row, Math.max(rowEnds.get(row), to));
            bars.add(new LaneBar(r.id(), false, types.indexOf(r.type()), describe(graph, entity, r), from, to,
                    row + 1));
        }
        return bars;
    }

    private static int freeRow(List<Double> rowEnds, double from) {
        for (int row = 0; row < rowEnds.size(); row++) {
            if (rowEnds.get(row) <= from) {
                return row;
            }
        }
        if (rowEnds.size() < MAX_ROWS) {
            rowEnds.add(Double.NEGATIVE_INFINITY);
            return rowEnds.size() - 1;
        }
        int earliest = 0;
        for (int row = 1; row < rowEnds.size(); row++) {
            if (rowEnds.get(row) < rowEnds.get(earliest)) {
                earliest = row;
            }
        }
        return earliest;
    }

    /** "partner of Frente Auténtico del Trabajo, 1992 – present", read from the selected entity's side. */
    private static String describe(LoadedGraph graph, Entity entity, Relationship r) {
        String type = Vocabulary.relationship(r.type());
        boolean outgoing = r.from().equals(entity.id());
        String other = graph.entity(outgoing ? r.to() : r.from()).map(Translated::name).orElse("?");
        String sentence = outgoing ? type + " " + other : other + " " + type + " " + Translated.name(entity);
        return sentence + ", " + DatesInWords.of(r.lifespan());

    }

    private static double from(Lifespan life, int firstYear) {
        LocalDate day = life.firstDay().orElseThrow();
        return day.equals(Lifespan.BEGINNING) ? firstYear : Math.max(firstYear, yearCoordinate(day));
    }

    private static double to(Lifespan life, int lastYear) {
        LocalDate day = life.lastDay().orElseThrow();
        return day.equals(Lifespan.ONGOING) ? lastYear + 1 : Math.min(lastYear + 1, yearCoordinate(day.plusDays(1)));
    }

    /** The day's place on the year axis: the year plus the share of it already gone. */
    static double yearCoordinate(LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }
}
