package org.solidarityatlas.store;

/** A query given to the read-only query command would change the data, or reach beyond it, so it was not run. */
public class WriteQueryRefusedException extends StoreException {

    public WriteQueryRefusedException(String message) {
        super(message);
    }
}
