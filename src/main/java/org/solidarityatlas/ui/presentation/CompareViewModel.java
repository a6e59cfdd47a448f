package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.Texts;

import org.solidarityatlas.graph.LoadedGraph;

import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.TimeWindow;

/**
 * "Compare 1994 with 2019": which entities and relationships joined and which left between two years, under the
 * explorer's type filters, for the side panel and the network's change marks.
 */
public final class CompareViewModel {

    private LoadedGraph graph;
    private final IntegerProperty fromYear = new SimpleIntegerProperty();
    private final IntegerProperty toYear = new SimpleIntegerProperty();
    private final ObjectProperty<GraphFilter> baseFilter = new SimpleObjectProperty<>(GraphFilter.everything());
    private final ObservableList<ChangedItem> joined = FXCollections.observableArrayList();
    private final ObservableList<ChangedItem> left = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChangeSet> changes = new ReadOnlyObjectWrapper<>(ChangeSet.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /** Takes a dataset and proposes its first and last year. */
    public void load(LoadedGraph newGraph) {
        graph = newGraph;
        Optional<TimeWindow> span = newGraph.span();
        fromYear.set(span.map(TimeWindow::firstYear).orElse(0));
        toYear.set(span.map(TimeWindow::lastYear).orElse(0));
        clear();
    }

    /** Compares the two chosen years and fills both lists. */
    public void compare() {
        if (graph == null) {
            throw new IllegalStateException("no dataset loaded");
        }
        ChangeSet set = ChangeSet.betweenYears(graph, baseFilter.get(), fromYear.get(), toYear.get());
        joined.setAll(ChangedItem.describe(graph.dataset(), set.joinedEntities(), set.joinedRelationships()));
        left.setAll(ChangedItem.describe(graph.dataset(), set.leftEntities(), set.leftRelationships()));
        changes.set(set);
        summary.set(Texts.get("compare.summary", joined.size(), left.size(), Integer.toString(fromYear.get()),
                Integer.toString(toYear.get())));

    }

    public void compare(int from, int to) {
        fromYear.set(from);
        toYear.set(to);
        compare();
    }

    public void clear() {
        joined.clear();
        left.clear();
        changes.set(ChangeSet.NONE);
        summary.set("");
    }

    public IntegerProperty fromYearProperty() {
        return fromYear;
    }

    public IntegerProperty toYearProperty() {
        return toYear;
    }

    /** The explorer's types and undated setting; the window is replaced by each compared year. */
    public ObjectProperty<GraphFilter> baseFilterProperty() {
        return baseFilter;
    }

    public ObservableList<ChangedItem> joined() {
        return joined;
    }

    public ObservableList<ChangedItem> left() {
        return left;
    }

    public ReadOnlyObjectProperty<ChangeSet> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
