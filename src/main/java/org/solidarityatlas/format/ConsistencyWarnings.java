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
            problems.warning(alias.position(), ProblemText.of("alias.shared", DateText.shown(alias.text()),
                    first.entityId(), first.position().line()));
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
            warn(date.get(), verb + ".before", entity.id(), entity.start());
            return true;
        }
        Optional<LocalDate> ended = lastDay(entity);
        if (ended.isPresent() && written.firstDay().isAfter(ended.get())) {
            PartialDate bound = entity.end() != null ? entity.end() : entity.start();
            warn(date.get(), verb + ".after", entity.id(), bound);
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

    /** {@code when} is "starts.before", "ends.after" …: a key "life.starts.before" of the problem texts. */
    private void warn(LocatedDate date, String when, String entityId, PartialDate bound) {
        problems.warning(date.position(), ProblemText.of("life." + when, date.date().toString(), entityId,
                bound.toString()));
    }
}
