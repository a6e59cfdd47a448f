package org.solidarityatlas.ui.stories;

import org.solidarityatlas.ui.presentation.PresentationWindow;
import org.solidarityatlas.ui.tasks.TaskHandle;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.ui.presentation.StepView;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.ui.text.ChoiceText;
import org.solidarityatlas.ui.text.Texts;
import org.solidarityatlas.ui.text.Translated;

/**
 * The stories panel docked in the explorer: the dataset's stories and their steps; add a step from the current
 * view, edit, drag to reorder, duplicate, delete, undo and redo; save the file; present; export slides or a GIF.
 */
public final class StoriesPanel extends VBox {

    private final StoriesViewModel model;
    /** The step list and story names are drawn again in a newly chosen language. */
    private final javafx.beans.InvalidationListener languageWatch = Texts.onChange(this::redrawNames);
    private final LoadedGraph graph;
    private final StoriesViewModel.CurrentView currentView;
    private final ComboBox<Story> storyChoice = new ComboBox<>();
    private final ListView<StoryStep> stepList = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final TextArea notes = new TextArea();
    private final Label message = new Label();
    private final PresentationOpener presentations;
    private PresentationWindow presentation;

    /** Makes the window that presents a story; the composition root supplies it. */
    @FunctionalInterface
    public interface PresentationOpener {
        PresentationWindow open(Window owner, LoadedGraph graph, Story story);
    }

    /** @param graph the explorer's dataset, whose entities the steps show (stories edits do not change them) */
    public StoriesPanel(StoriesViewModel model, LoadedGraph graph, StoriesViewModel.CurrentView currentView,
            PresentationOpener presentations) {
        super(8);
        this.model = model;
        this.graph = graph;
        this.currentView = currentView;
        this.presentations = presentations;
        getStyleClass().add("stories-panel");
        setPadding(new Insets(10));

        Label heading = Texts.bind(new Label(), "stories.heading");
        heading.getStyleClass().add("panel-heading");
        storyChoice.setId("storyChoice");
        storyChoice.setItems(model.stories());
        storyChoice.setMaxWidth(Double.MAX_VALUE);
        storyChoice.setMinWidth(0);
        storyChoice.setPrefWidth(200);
        stepList.setMinWidth(0);
        stepList.setPrefWidth(200);
        title.setPrefColumnCount(12);
        text.setPrefColumnCount(12);
        notes.setPrefColumnCount(12);
        setMinWidth(0);
        storyChoice.setConverter(ChoiceText.of(Translated::title));
        storyChoice.valueProperty().addListener((o, a, story) -> {
            if (story != null) {
                model.storyIdProperty().set(story.id());
            }
        });
        model.stories().addListener((javafx.collections.ListChangeListener<Story>) c -> selectCurrentStory());
        selectCurrentStory();

        stepList.setId("stepList");
        stepList.setItems(model.steps());
        stepList.setCellFactory(list -> new StepCell());
        stepList.setPrefHeight(220);
        VBox.setVgrow(stepList, Priority.ALWAYS);
        stepList.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            model.selectedStepProperty().set(i.intValue());
            showSelected();
        });
        model.selectedStepProperty().addListener((o, a, i) -> stepList.getSelectionModel().select(i.intValue()));
        model.steps().addListener((javafx.collections.ListChangeListener<StoryStep>) c -> {
            stepList.getSelectionModel().select(model.selectedStepProperty().get());
            showSelected();
        });
        stepList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && model.selectedStepProperty().get() >= 0) {
                model.deleteSelected();
            }
        });

        Button add = button("addStep", "stories.add", this::addStepFromView);
        Button duplicate = button("duplicateStep", "stories.duplicate", model::duplicateSelected);
        Button delete = button("deleteStep", "stories.delete", model::deleteSelected);
        var noStep = model.selectedStepProperty().lessThan(0);
        duplicate.disableProperty().bind(noStep);
        delete.disableProperty().bind(noStep);

        title.setId("stepTitle");
        title.promptTextProperty().bind(Texts.binding("stories.title.prompt"));
        text.setId("stepText");
        text.promptTextProperty().bind(Texts.binding("stories.text.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(4);
        notes.setId("stepNotes");
        notes.promptTextProperty().bind(Texts.binding("stories.notes.prompt"));
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        Button apply = button("applyStep", "stories.apply", this::applyText);
        apply.disableProperty().bind(noStep.or(title.textProperty().isEmpty()));

        Button undo = button("undo", "stories.undo", model::undo);
        Button redo = button("redo", "stories.redo", model::redo);
        undo.disableProperty().bind(model.history().canUndoProperty().not());
        redo.disableProperty().bind(model.history().canRedoProperty().not());
        Button save = button("saveStories", "stories.save", this::save);
        save.disableProperty().bind(model.history().modifiedProperty().not()
                .and(Bindings.createBooleanBinding(() -> model.document().fileProperty().get().isPresent(),
                        model.document().fileProperty())));

        Button present = button("present", "stories.present", this::present);
        present.getStyleClass().add("accent");
        present.disableProperty().bind(Bindings.isEmpty(model.steps()));
        Button slides = button("exportSlides", "stories.slides", this::chooseAndExportSlides);
        slides.disableProperty().bind(Bindings.isEmpty(model.steps()));
        Button gif = button("exportGif", "stories.gif", this::chooseAndExportGif);

        message.setId("storiesMessage");
        message.setWrapText(true);
        // The view model is the message's only writer, so the line never shows an older operation's words.
        message.textProperty().bind(model.messageProperty());
        ProgressBar working = new ProgressBar();
        working.setId("storiesProgress");
        working.progressProperty().bind(model.progressProperty());
        working.setMaxWidth(Double.MAX_VALUE);
        Button cancel = button("cancelWork", "stories.cancel", model::cancel);
        HBox busyRow = new HBox(6, working, cancel);
        HBox.setHgrow(working, Priority.ALWAYS);
        busyRow.visibleProperty().bind(model.busyProperty());
        busyRow.managedProperty().bind(model.busyProperty());
        slides.disableProperty().unbind();
        slides.disableProperty().bind(Bindings.isEmpty(model.steps()).or(model.busyProperty()));
        gif.disableProperty().bind(model.busyProperty());

        getChildren().addAll(heading, storyChoice, stepList, row(add, duplicate, delete), title, text, notes,
                row(apply, undo, redo, save), row(present, slides, gif), busyRow, message);
        setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                model.undo();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
                model.redo();
                e.consume();
            }
        });
    }

    private void selectCurrentStory() {
        model.story().ifPresent(s -> storyChoice.getSelectionModel().select(s));
    }

    /** Buttons that wrap onto a second line in a narrow side panel rather than being cut off. */
    private static FlowPane row(Button... buttons) {
        FlowPane row = new FlowPane(6, 6, buttons);
        for (Button b : buttons) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        row.setMinWidth(0);
        row.setPrefWrapLength(200);
        return row;
    }

    /** A button with the texts of {@code key} and {@code key.tip}. */
    private static Button button(String id, String key, Runnable action) {
        Button b = Texts.bind(new Button(), key);
        b.setId(id);
        b.setTooltip(Texts.tooltip(key + ".tip"));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void redrawNames() {
        stepList.refresh();
        var converter = storyChoice.getConverter();
        storyChoice.setConverter(null);
        storyChoice.setConverter(converter);
    }

    private void showSelected() {
        int i = model.selectedStepProperty().get();
        if (i < 0 || i >= model.steps().size()) {
            title.clear();
            text.clear();
            notes.clear();
            return;
        }
        StoryStep step = model.steps().get(i);
        title.setText(step.title());
        text.setText(step.text() == null ? "" : step.text());
        notes.setText(step.notes() == null ? "" : step.notes());
    }

    private void applyText() {
        model.editSelected(title.getText(), text.getText(), notes.getText());
    }

    /** Adds a step made from the explorer's current view after the selected step. */
    public void addStepFromView() {
        model.addStepFromView(currentView, Texts.get("stories.newStep"));
    }

    /** True when there is no story or it has no steps, so there is nothing to present. */
    public boolean isEmptyStory() {
        return model.steps().isEmpty();
    }

    /** Saves to the dataset's file, or asks where when it came from the application itself. */
    public void save() {
        model.save();
    }

    /** Opens presentation mode on the chosen story, full screen. */
    public PresentationWindow present() {
        return present(true);
    }

    public PresentationWindow present(boolean fullScreen) {
        Story story = model.story().orElseThrow();
        presentation = presentations.open(window(), graph, story);
        int start = Math.max(0, model.selectedStepProperty().get());
        presentation.viewModel().go(start);
        presentation.show(fullScreen);
        return presentation;
    }

    public void chooseAndExportSlides() {
        model.chooseAndExportSlides(graph);
    }

    public void chooseAndExportGif() {
        model.chooseAndExportGif(graph);
    }

    /** Writes the chosen story's slides into {@code folder}, a slide at a time (see {@link StoryExports}). */
    public TaskHandle exportSlidesTo(Path folder) {
        return model.exportSlidesTo(graph, model.story().orElseThrow(), folder);
    }

    public TaskHandle exportGifTo(Path file) {
        return model.exportGifTo(graph, file);
    }

    public void chooseAndExportHandout() {
        model.chooseAndExportHandout(graph);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public StoriesViewModel model() {
        return model;
    }

    public PresentationWindow presentation() {
        return presentation;
    }

    /** One step: its number, title and years; dragging it onto another step moves it there. */
    private final class StepCell extends ListCell<StoryStep> {

        StepCell() {
            setOnDragDetected(e -> {
                if (!isEmpty()) {
                    startFullDrag();
                }
            });
            addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
                if (e.getGestureSource() instanceof StepCell source && !source.isEmpty()) {
                    int to = isEmpty() ? model.steps().size() - 1 : getIndex();
                    model.move(source.getIndex(), to);
                }
            });
        }

        @Override
        protected void updateItem(StoryStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setText(null);
                return;
            }
            String years = StepView.of(step, graph.span()).yearsInWords();
            setText((getIndex() + 1) + ". " + Translated.title(step) + "  ·  " + years);
        }
    }
}
