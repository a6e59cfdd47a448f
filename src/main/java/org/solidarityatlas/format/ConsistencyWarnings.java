package org.solidarityatlas.format;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;
import org.solidarityatlas.format.ObjectFields.LocatedDate;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;

/**
 * Warnings about items that are each valid but disagree with one another: a relationship dated outside the life
 * of one of its ends, and an alias that two entities share (a search for it cannot tell them apart). They are
 * warnings because the file still means something; they are usually a slip in the dates or a copied alias.
 */
final class ConsistencyWarnings {

    /** Where an alias was first given, and to which entity. */
    private record AliasUse(String entityId, Position position) {
    }

    private final ProblemList problems;
    private final Map<String, AliasUse> aliases = new HashMap<>();

    ConsistencyWarnings(ProblemList problems) {
        this.problems = problems;
    }

    /** Call for each alias as entities are read, in file order; the later of two entities sharing it is warned. */
    void alias(StringValue alias, String entityId) {
        String key = alias.text().strip().toLowerCase(Locale.ROOT);
        AliasUse first = aliases.putIfAbsent(key, new AliasUse(entityId, alias.position()));
        if (first != null && !first.entityId().equals(entityId)) {
            problems.warning(alias.position(), "alias " + DateText.quoted(alias.text()) + " is also an alias of '"
                    + first.entityId() + "' (line " + first.position().line() + "); a search for it finds both");
        }
    }

    /**
     * Warns when the relationship's start or end lies wholly before the entity begins or wholly after it ends.
     * Only written dates are compared, each by the whole period it names, so that a year beside a day of the
     * same year is not a conflict; an open end says nothing.
     */
    void withinLife(Optional<LocatedDate> start, Optional<LocatedDate> end, Entity entity) {
        if (!warnedOutside(start, "starts", entity)) {
            warnedOutside(end, "ends", entity);
        }
    }

    private boolean warnedOutside(Optional<LocatedDate> date, String verb, Entity entity) {
        if (date.isEmpty()) {
            return false;
        }
        PartialDate written = date.get().date();
        if (entity.start() != null && written.lastDay().isBefore(entity.start().firstDay())) {
            warn(date.get(), verb, "before '" + entity.id() + "' begins (" + entity.start() + ")");
            return true;
        }
        Optional<LocalDate> ended = lastDay(entity);
        if (ended.isPresent() && written.firstDay().isAfter(ended.get())) {
            PartialDate bound = entity.end() != null ? entity.end() : entity.start();
            warn(date.get(), verb, "after '" + entity.id() + "' ends (" + bound + ")");
            return true;
        }
        return false;
    }

    /** The last day of the entity's life when it is known: its end, or an event's own period. */
    private static Optional<LocalDate> lastDay(Entity entity) {
        if (entity.end() != null) {
            return Optional.of(entity.end().lastDay());
        }
        if (entity.type() == EntityType.EVENT && entity.start() != null) {
            return Optional.of(entity.start().lastDay());
        }
        return Optional.empty();
    }

    private void warn(LocatedDate date, String verb, String when) {
        problems.warning(date.position(), "relationship " + verb + " " + date.date() + ", " + when
                + "; check the dates of both");
    }
}
