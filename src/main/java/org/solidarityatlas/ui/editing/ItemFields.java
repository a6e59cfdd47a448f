package org.solidarityatlas.ui.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.solidarityatlas.format.FieldRules;
import org.solidarityatlas.ui.text.Texts;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Source;

/**
 * The fields an entity and a relationship share in the editor: start and end (checked live), description and
 * sources, picked from the dataset's or added on the spot. Lists are typed as text separated by ';' (or '|'),
 * as in the spreadsheets.
 */
abstract class ItemFields {

    protected final DatasetEdits edits;
    private final DateField start;
    private final DateField end;
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<Source> availableSources = FXCollections.observableArrayList();
    private final List<Source> newSources = new ArrayList<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    ItemFields(DatasetEdits edits, PartialDate startDate, PartialDate endDate, String descriptionText,
            List<String> sourceIds) {
        this.edits = edits;
        start = new DateField("edit.fieldWord.start", startDate);
        end = new DateField("edit.fieldWord.end", endDate);
        description.set(descriptionText == null ? "" : descriptionText);
        sources.setAll(sourceIds);
        availableSources.setAll(edits.document().dataset().sources());
        start.textProperty().addListener((o, a, b) -> check());
        end.textProperty().addListener((o, a, b) -> check());
    }

    /** Rechecks every field: the dates alone and in order, and what the subclass checks; sets {@link #valid}. */
    protected final void check() {
        end.showOrderProblem(FieldRules.order(start.date(), end.date(), Texts.get("edit.fieldWord.start"),
                Texts.get("edit.fieldWord.end")).map(Texts::said).orElse(""));
        valid.set(problem().isEmpty());
    }

    /** The first problem of the fields, if any. */
    protected Optional<String> problem() {
        if (!start.problemProperty().get().isEmpty()) {
            return Optional.of(start.problemProperty().get());
        }
        if (!end.problemProperty().get().isEmpty()) {
            return Optional.of(end.problemProperty().get());
        }
        return Optional.empty();
    }

    /** Refuses to make an edit from fields with a problem; the message is the problem's. */
    protected final void requireValid() {
        problem().ifPresent(p -> {
            throw new EditRefusedException(p);
        });
    }

    /** Adds a source made from the title (and link) to the dataset's with the edit, and cites it. */
    public Optional<String> addSource(String title, String url) {
        try {
            Source source = edits.newSource(title, url, newSources);
            newSources.add(source);
            availableSources.add(source);
            sources.add(source.id());
            return Optional.empty();
        } catch (EditRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    static List<String> split(String text) {
        return DatasetEdits.cleaned(Arrays.asList(text.split("[;|\\n]")));
    }

    static String joined(List<String> items) {
        return String.join("; ", items);
    }

    protected PartialDate startDate() {
        return start.date();
    }

    protected PartialDate endDate() {
        return end.date();
    }

    protected List<Source> newSources() {
        return List.copyOf(newSources);
    }

    public DateField start() {
        return start;
    }

    public DateField end() {
        return end;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The ids of the sources cited. */
    public ObservableList<String> sources() {
        return sources;
    }

    /** The dataset's sources and those added here, to pick from. */
    public ObservableList<Source> availableSources() {
        return availableSources;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
