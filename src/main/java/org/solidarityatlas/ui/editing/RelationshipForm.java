package org.solidarityatlas.ui.editing;

import org.solidarityatlas.ui.text.Texts;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.solidarityatlas.format.FieldRules;
import org.solidarityatlas.model.Relationship;

/** Every field of one relationship but its ends, as the editor shows it, checked as typed. */
public final class RelationshipForm extends ItemFields {

    private final Relationship original;
    private final StringProperty type = new SimpleStringProperty();
    private final ReadOnlyStringWrapper typeProblem = new ReadOnlyStringWrapper("");
    private final StringProperty role = new SimpleStringProperty();

    RelationshipForm(DatasetEdits edits, Relationship relationship) {
        super(edits, relationship.start(), relationship.end(), relationship.description(), relationship.sources());
        original = relationship;
        type.set(relationship.type());
        role.set(relationship.role() == null ? "" : relationship.role());
        type.addListener((o, a, b) -> check());
        check();
    }

    @Override
    protected Optional<String> problem() {
        String typed = type.get() == null ? "" : type.get().strip();
        typeProblem.set(typed.isEmpty() ? Texts.get("edit.refused.type")
                : FieldRules.relationshipType(typed).map(Texts::said).orElse(""));
        if (!typeProblem.get().isEmpty()) {
            return Optional.of(typeProblem.get());
        }
        return super.problem();
    }

    DatasetEdit edit() {
        requireValid();
        Relationship edited = new Relationship(original.id(), original.idGiven(), type.get(), original.from(),
                original.to(), role.get(), startDate(), endDate(), descriptionProperty().get(), sources(),
                original.translations());
        return edits.editRelationship(edited, newSources());
    }

    public String id() {
        return original.id();
    }

    public StringProperty typeProperty() {
        return type;
    }

    public ReadOnlyStringProperty typeProblemProperty() {
        return typeProblem.getReadOnlyProperty();
    }

    public StringProperty roleProperty() {
        return role;
    }
}
