package org.solidarityatlas.ui.editing;

/** An edit that would break the dataset (an empty name, a duplicate id, an invalid date): one line saying why. */
public final class EditRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EditRefusedException(String message) {
        super(message);
    }
}
