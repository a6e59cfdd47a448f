package org.solidarityatlas.store;

import java.time.Duration;

/** A console query ran longer than its limit and the database stopped it; nothing was changed. */
public class QueryTimedOutException extends StoreException {

    public QueryTimedOutException(Duration limit, Throwable cause) {
        super("the query ran longer than its time limit of " + inWords(limit) + " and was stopped", cause);
    }

    private static String inWords(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
