package org.solidarityatlas.store;

import java.time.Duration;

/**
 * How long a console query may run and how many rows come back: a query typed by hand can easily be a
 * cartesian product of the whole dataset.
 *
 * @param timeout the query is stopped by the database after this long
 * @param maxRows rows beyond this are counted, not kept
 */
public record QueryLimits(Duration timeout, int maxRows) {

    public static final QueryLimits DEFAULT = new QueryLimits(Duration.ofSeconds(60), 1_000);

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        if (maxRows < 0) {
            throw new IllegalArgumentException("the row limit must not be negative: " + maxRows);
        }
    }
}
