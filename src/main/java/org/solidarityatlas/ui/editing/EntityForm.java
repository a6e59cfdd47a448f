package org.solidarityatlas.ui.editing;

import org.solidarityatlas.ui.text.Texts;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;

/** Every field of one entity as the editor shows it, checked as typed, and applied as one edit. */
public final class EntityForm extends ItemFields {

    private final Entity original;
    private final ObjectProperty<EntityType> type = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty();
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper("");
    private final StringProperty aliases = new SimpleStringProperty();
    private final StringProperty countries = new SimpleStringProperty();
    private final StringProperty tags = new SimpleStringProperty();

    EntityForm(DatasetEdits edits, Entity entity) {
        super(edits, entity.start(), entity.end(), entity.description(), entity.sources());
        original = entity;
        type.set(entity.type());
        name.set(entity.name());
        aliases.set(joined(entity.aliases()));
        countries.set(joined(entity.countries()));
        tags.set(joined(entity.tags()));
        name.addListener((o, a, b) -> check());
        check();
    }

    @Override
    protected Optional<String> problem() {
        nameProblem.set(name.get() == null || name.get().isBlank() ? Texts.get("edit.refused.name") : "");
        if (!nameProblem.get().isEmpty()) {
            return Optional.of(nameProblem.get());
        }
        return super.problem();
    }

    /** The edit these fields make; refused while a field has a problem. */
    DatasetEdit edit() {
        requireValid();
        Entity edited = new Entity(original.id(), type.get(), name.get(), split(aliases.get()),
                split(countries.get().toUpperCase(java.util.Locale.ROOT)), startDate(), endDate(),
                descriptionProperty().get(), sources(), split(tags.get()), original.translations());
        return edits.editEntity(edited, newSources());
    }

    public String id() {
        return original.id();
    }

    public ObjectProperty<EntityType> typeProperty() {
        return type;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    /** Aliases separated by ';'. */
    public StringProperty aliasesProperty() {
        return aliases;
    }

    /** Two-letter country codes separated by ';'. */
    public StringProperty countriesProperty() {
        return countries;
    }

    public StringProperty tagsProperty() {
        return tags;
    }
}
