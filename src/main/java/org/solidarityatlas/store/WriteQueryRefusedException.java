package org.solidarityatlas.store;

/** A query given to the read-only query command would change the data, or reach beyond it, so it was not run. */
public class WriteQueryRefusedException extends StoreException {

    public WriteQueryRefusedException(String message) {
        super(message);
    }

    /** The sentence both stores use: {@code what} says what the query would do, e.g. "would change the data". */
    static String refusal(String what) {
        return "refused: the query " + what + "; only read-only queries can run here, and nothing was changed";
    }
}
