package org.solidarityatlas.ui.editing;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.solidarityatlas.format.FieldRules;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.ui.text.Texts;

/** A date typed as text, checked as it is typed by the validator's own rules; the problem shows beside it. */
public final class DateField {

    private final String field;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** A problem shown is said again in a newly chosen language. */
    private final InvalidationListener languageWatch = Texts.onChange(this::check);

    /** @param field the key of the field's name in the window's words ("edit.fieldWord.start": start, inicio) */
    DateField(String field, PartialDate initial) {
        this.field = field;
        text.addListener((o, a, b) -> check());
        text.set(initial == null ? "" : initial.toString());
    }

    private void check() {
        problem.set(FieldRules.date(text.get(), Texts.get(field)).problem().map(Texts::said).orElse(""));
    }

    /** The date typed, or null when the field is empty or not a date. */
    PartialDate date() {
        return FieldRules.date(text.get(), field).date().orElse(null);
    }

    /** Shows a problem of the date with another field (an end before the start), or clears it. */
    void showOrderProblem(String orderProblem) {
        check();
        if (problem.get().isEmpty()) {
            problem.set(orderProblem);
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The validator's message for what is typed, or empty while it is a date (or nothing). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
