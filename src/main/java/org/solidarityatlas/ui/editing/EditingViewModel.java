package org.solidarityatlas.ui.editing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.solidarityatlas.ui.text.Texts;
import org.solidarityatlas.format.DatasetFiles;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.ui.dialogs.DialogService;
import org.solidarityatlas.ui.dialogs.DialogService.FileType;
import org.solidarityatlas.ui.dialogs.DialogService.SaveChoice;
import org.solidarityatlas.ui.stories.Edit;
import org.solidarityatlas.ui.stories.EditHistory;
import org.solidarityatlas.ui.stories.StoriesViewModel;
import org.solidarityatlas.ui.stories.StoryDocument;
import org.solidarityatlas.ui.stories.StorySaver;
import org.solidarityatlas.ui.tasks.TaskExecutor;

/**
 * Editing the open dataset in the window, without controls: the edits (run on the history the story edits use,
 * so undo and redo go across both), saving the dataset file in the background, the unsaved-changes question, a
 * new dataset, and the one message line saying why an edit was refused. Each newly shown dataset comes with its
 * stories' document and history through {@link #load}.
 */
public final class EditingViewModel {

    static final List<FileType> SAVED_TYPES = List.of(new FileType(Texts.get("edit.fileType.json"), "json"),
            new FileType(Texts.get("edit.fileType.xlsx"), "xlsx"));

    private final EditedExplorer explorer;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final StorySaver saver = new StorySaver();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private StoriesViewModel stories;
    private DatasetEdits edits;
    private final ChangeListener<Boolean> followModified = (o, a, now) -> modified.set(now);
    private final ChangeListener<Dataset> followDataset = (o, before, after) -> datasetChanged(before, after);

    public EditingViewModel(EditedExplorer explorer, DialogService dialogs, TaskExecutor executor) {
        this.explorer = explorer;
        this.dialogs = dialogs;
        this.executor = executor;
    }

    /** A newly shown dataset, with the document and history its stories are edited in. */
    public void load(StoriesViewModel shown) {
        if (stories != null) {
            stories.history().modifiedProperty().removeListener(followModified);
            stories.document().datasetProperty().removeListener(followDataset);
        }
        stories = shown;
        edits = new DatasetEdits(shown.document(), explorer::store);
        shown.history().modifiedProperty().addListener(followModified);
        shown.document().datasetProperty().addListener(followDataset);
        modified.set(shown.history().modifiedProperty().get());
        title.set(shown.document().dataset().title());
        message.set("");
        loaded.set(true);
    }

    /** A story edit leaves the items as they were; an edit of them (or its undo) is shown at once. */
    private void datasetChanged(Dataset before, Dataset after) {
        if (before.entities() != after.entities() || before.relationships() != after.relationships()
                || before.sources() != after.sources()) {
            explorer.showEdited(after);
        }
    }

    // ---- edits ----

    /** Runs the edit the supplier makes; a refused one changes nothing and says why on the message line. */
    boolean run(Supplier<Edit> edit) {
        if (edits == null) {
            return false;
        }
        try {
            history().run(edit.get());
            message.set("");
            return true;
        } catch (EditRefusedException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** Adds an entity and selects it, so its details can be edited next. */
    public boolean addEntity(EntityType type, String name) {
        if (!run(() -> edits.addEntity(type, name))) {
            return false;
        }
        List<Entity> entities = document().dataset().entities();
        explorer.selectEntity(entities.get(entities.size() - 1).id());
        return true;
    }

    /** Add entity (N): asks for the name; the type is chosen in the editor that follows. */
    public boolean askAndAddEntity() {
        return dialogs.askText(Texts.get("edit.add.title"), Texts.get("edit.add.question"), "")
                .map(name -> addEntity(EntityType.ORGANIZATION, name)).orElse(false);
    }

    public boolean applyEntity(EntityForm form) {
        return run(form::edit);
    }

    public boolean applyRelationship(RelationshipForm form) {
        return run(form::edit);
    }

    /** Connects the two entities with a relationship of the type, then selects the new relationship. */
    public boolean connect(String fromId, String toId, String type) {
        if (!run(() -> edits.connect(fromId, toId, type))) {
            return false;
        }
        List<Relationship> relationships = document().dataset().relationships();
        explorer.selectRelationship(relationships.get(relationships.size() - 1).id());
        return true;
    }

    /** Deletes the selected entity (listing the relationships it takes along first) or relationship. */
    public boolean deleteSelected() {
        Optional<Entity> entity = explorer.selectedEntityNow();
        if (entity.isPresent()) {
            return deleteEntity(entity.get().id());
        }
        return explorer.selectedRelationshipNow().map(r -> deleteRelationship(r.id())).orElse(false);
    }

    public boolean deleteEntity(String id) {
        if (edits == null) {
            return false;
        }
        Optional<Entity> entity = document().dataset().entity(id);
        if (entity.isEmpty()) {
            return false;
        }
        List<Relationship> along = edits.relationshipsOf(id);
        StringBuilder question = new StringBuilder();
        if (along.isEmpty()) {
            question.append(Texts.get("edit.delete.none"));
        } else {
            question.append(Texts.get("edit.delete.along", along.size()));
            along.forEach(r -> question.append("\n• ").append(describe(r)));
        }
        question.append("\n").append(Texts.get("edit.delete.undo"));
        if (!dialogs.confirm(Texts.get("edit.delete.header", entity.get().name()), question.toString())) {
            return false;
        }
        return run(() -> edits.deleteEntity(id));
    }

    public boolean deleteRelationship(String id) {
        return run(() -> edits.deleteRelationship(id));
    }

    /** Merges {@code goneId} into {@code keptId} once the user agrees. */
    public boolean merge(String keptId, String goneId) {
        if (edits == null) {
            return false;
        }
        Dataset dataset = document().dataset();
        Optional<Entity> kept = dataset.entity(keptId);
        Optional<Entity> gone = dataset.entity(goneId);
        if (kept.isEmpty() || gone.isEmpty()) {
            return false;
        }
        int moving = edits.relationshipsOf(goneId).size();
        if (!dialogs.confirm(Texts.get("edit.merge.header", gone.get().name(), kept.get().name()),
                Texts.get("edit.merge.question", gone.get().name(), moving, kept.get().name()))) {
            return false;
        }
        return run(() -> edits.merge(keptId, goneId));
    }

    /** "Alpha Union member of Beta Alliance". */
    public String describe(Relationship r) {
        Dataset dataset = document().dataset();
        return dataset.entity(r.from()).map(Entity::name).orElse(r.from()) + " " + r.typeInWords() + " "
                + dataset.entity(r.to()).map(Entity::name).orElse(r.to());
    }

    public boolean undo() {
        return history() != null && history().undo();
    }

    /** "Undo add Rosa" ("Deshacer: agregar Rosa") in the current language; "Undo" with nothing to undo. */
    public String undoText() {
        return history() == null ? Texts.get("menu.edit.undo") : history().undoText();
    }

    public String redoText() {
        return history() == null ? Texts.get("menu.edit.redo") : history().redoText();
    }

    public boolean redo() {
        return history() != null && history().redo();
    }

    /** A form for the entity with every field of the format, to apply as one edit. */
    public EntityForm entityForm(Entity entity) {
        return new EntityForm(edits, entity);
    }

    public RelationshipForm relationshipForm(Relationship relationship) {
        return new RelationshipForm(edits, relationship);
    }

    // ---- files ----

    /** Save (Ctrl+S): to the dataset's file (a workbook stays a workbook), or asks where when it has none. */
    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (document() == null) {
            return;
        }
        Optional<Path> file = document().fileProperty().get().or(this::askWhereToSave);
        file.ifPresent(f -> saveTo(f, then));
    }

    /** Save as: asks where, as JSON or as a workbook. */
    public void saveAs() {
        askWhereToSave().ifPresent(file -> saveTo(file, () -> { }));
    }

    private Optional<Path> askWhereToSave() {
        String name = title.get().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-")
                .replaceAll("^-+|-+$", "");
        return dialogs.chooseFileToSave(Texts.get("edit.save.title"), (name.isEmpty() ? "dataset" : name) + ".json", SAVED_TYPES);
    }

    /**
     * Writes the dataset as it is now to the file off the JavaFX thread (a temporary file renamed over it, so a
     * failed save leaves the old file), then marks it saved and runs {@code then}. CSV files are never
     * overwritten: a dataset read from them is saved as JSON or a workbook.
     */
    public void saveTo(Path file, Runnable then) {
        if (explorer.showsPartOfItsDataset()) {
            String refused = Texts.get("edit.save.serverWindow");
            message.set(refused);
            dialogs.notifyError(refused);
            return;
        }
        if (DatasetFiles.Kind.of(file) == DatasetFiles.Kind.CSV) {
            message.set(Texts.get("edit.save.noCsv"));
            return;
        }
        Dataset dataset = document().dataset();
        StoryDocument document = document();
        EditHistory history = history();
        Edit position = history.position();
        saving.set(true);
        message.set(Texts.get("edit.save.saving", file.getFileName().toString()));
        executor.submit(() -> {
            saver.write(dataset, file);
            return file;
        }, saved -> {
            saving.set(false);
            document.fileProperty().set(Optional.of(file));
            history.markSavedAt(position);
            message.set(Texts.get("edit.save.saved", file.getFileName().toString()));
            then.run();
        }, e -> {
            saving.set(false);
            message.set(StorySaver.failure(file, e));
            dialogs.notifyError(StorySaver.failure(file, e));
        });
    }

    /**
     * Runs {@code proceed} (closing the window, opening or starting another dataset) when nothing would be lost;
     * with unsaved changes it asks first: Save (then proceeds once saved), Don't save, or Cancel.
     */
    public void whenSafeToLeave(Runnable proceed) {
        if (!modified.get() && !saving.get()) {
            proceed.run();
            return;
        }
        SaveChoice choice = dialogs.askToSave(Texts.get("edit.leave.header", title.get()),
                Texts.get("edit.leave.question"));
        switch (choice) {
            case SAVE -> save(proceed);
            case DONT_SAVE -> proceed.run();
            case CANCEL -> { }
        }
    }

    /** New dataset (Ctrl+N): after the unsaved-changes question, asks for the title and starts it empty. */
    public void newDataset() {
        whenSafeToLeave(() -> dialogs.askText(Texts.get("edit.new.title"), Texts.get("edit.new.question"), "")
                .ifPresent(explorer::startNew));
    }

    // ---- state ----

    StoryDocument document() {
        return stories == null ? null : stories.document();
    }

    EditHistory history() {
        return stories == null ? null : stories.history();
    }

    public Dataset dataset() {
        return document().dataset();
    }

    public EditedExplorer explorer() {
        return explorer;
    }

    /** False until the first dataset shows: the edit actions stay disabled. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True while the dataset has changes not saved to its file. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** The last refusal or save result, in one line; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void clearMessage() {
        message.set("");
    }
}
