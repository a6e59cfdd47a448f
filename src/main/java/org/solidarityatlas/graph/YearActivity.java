package org.solidarityatlas.graph;

import java.time.LocalDate;

/**
 * How many entities and relationships are active in each year of a dataset's span, what is undated, and where
 * most dated items lie: what the timeline draws as its histogram and opens on. An item counts in every year its
 * period touches; open ends run to the span's edge.
 *
 * @param firstYear first year of the span (the earliest date written)
 * @param lastYear last year of the span
 * @param entities entities active in each year, index 0 being {@code firstYear}
 * @param relationships relationships active in each year
 * @param undatedEntities entities without any date
 * @param undatedRelationships relationships without any date
 * @param commonFirstYear the 5th percentile of the years where dated items start
 * @param commonLastYear the 95th percentile of the years where dated items end
 */
public record YearActivity(int firstYear, int lastYear, int[] entities, int[] relationships, int undatedEntities,
        int undatedRelationships, int commonFirstYear, int commonLastYear) {

    /** Share of dated items left out at each side of the span the timeline opens on. */
    static final double OUTLIER_SHARE = 0.05;

    /** A dataset with nothing dated: no years at all. */
    public static YearActivity none(int undatedEntities, int undatedRelationships) {
        return new YearActivity(0, -1, new int[0], new int[0], undatedEntities, undatedRelationships, 0, -1);
    }

    public boolean dated() {
        return lastYear >= firstYear;
    }

    public int undated() {
        return undatedEntities + undatedRelationships;
    }

    /** Entities and relationships active in the year; 0 outside the span. */
    public int activeIn(int year) {
        int i = year - firstYear;
        return i < 0 || i >= entities.length ? 0 : entities[i] + relationships[i];
    }

    /** The largest yearly count, for scaling the histogram. */
    public int mostActive() {
        int most = 0;
        for (int i = 0; i < entities.length; i++) {
            most = Math.max(most, entities[i] + relationships[i]);
        }
        return most;
    }

    /**
     * Counts from the precomputed epoch-day bounds of {@link LoadedGraph}: one difference array per kind, so the
     * cost is linear in the items plus the years, whatever the periods' lengths.
     */
    static YearActivity of(int firstYear, int lastYear, boolean[] entityDated, long[] entityFirst, long[] entityLast,
            boolean[] relationshipDated, long[] relationshipFirst, long[] relationshipLast) {
        int years = lastYear - firstYear + 1;
        int[] starts = new int[years];
        int[] ends = new int[years];
        int[] entities = new int[years];
        int[] relationships = new int[years];
        int undatedEntities = count(firstYear, lastYear, entityDated, entityFirst, entityLast, entities, starts, ends);
        int undatedRelationships = count(firstYear, lastYear, relationshipDated, relationshipFirst, relationshipLast,
                relationships, starts, ends);
        return new YearActivity(firstYear, lastYear, entities, relationships, undatedEntities, undatedRelationships,
                firstYear + percentile(starts, OUTLIER_SHARE), firstYear + percentile(ends, 1 - OUTLIER_SHARE));
    }

    /** Adds each dated item to {@code active} over its years; returns how many were undated. */
    private static int count(int firstYear, int lastYear, boolean[] dated, long[] first, long[] last, int[] active,
            int[] starts, int[] ends) {
        int years = active.length;
        int[] change = new int[years + 1];
        int undated = 0;
        for (int i = 0; i < dated.length; i++) {
            if (!dated[i]) {
                undated++;
                continue;
            }
            int from = clamp(LocalDate.ofEpochDay(first[i]).getYear(), firstYear, lastYear) - firstYear;
            int to = clamp(LocalDate.ofEpochDay(last[i]).getYear(), firstYear, lastYear) - firstYear;
            change[from]++;
            change[to + 1]--;
            // Open ends sit at the span's edge; they say nothing about where the history lies.
            starts[first[i] == BEGINNING ? to : from]++;
            ends[last[i] == ONGOING ? from : to]++;
        }
        int running = 0;
        for (int y = 0; y < years; y++) {
            running += change[y];
            active[y] = running;
        }
        return undated;
    }

    private static final long BEGINNING = org.solidarityatlas.model.Lifespan.BEGINNING.toEpochDay();
    private static final long ONGOING = org.solidarityatlas.model.Lifespan.ONGOING.toEpochDay();

    /** The index where the running total of {@code counts} first reaches {@code share} of their sum. */
    private static int percentile(int[] counts, double share) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            return share < 0.5 ? 0 : counts.length - 1;
        }
        double wanted = Math.max(1, Math.ceil(total * share));
        long running = 0;
        for (int i = 0; i < counts.length; i++) {
            running += counts[i];
            if (running >= wanted) {
                return i;
            }
        }
        return counts.length - 1;
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
