package org.solidarityatlas.store;

/** A problem with the database that the user can act on; the message is one line meant for them. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
