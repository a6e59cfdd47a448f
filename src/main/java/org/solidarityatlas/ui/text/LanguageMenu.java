package org.solidarityatlas.ui.text;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View ▸ Language: one choice per language, each named in its own language; choosing one switches live. */
public final class LanguageMenu {

    private LanguageMenu() {
    }

    public static Menu of() {
        Menu menu = Texts.bind(new Menu(), "menu.view.language");
        menu.setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        for (var language : Texts.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(Texts.format(language, "language.name"));
            item.setId("language-" + language.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(language.equals(Texts.locale()));
            item.setOnAction(e -> Texts.localeProperty().set(language));
            // Also when another way (the command line, a test) sets the language.
            Texts.localeProperty().addListener((obs, old, now) -> item.setSelected(language.equals(now)));
            menu.getItems().add(item);
        }
        return menu;
    }
}
