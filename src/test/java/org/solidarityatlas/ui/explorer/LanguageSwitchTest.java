package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;

import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.OpenExplorer;
import org.solidarityatlas.ui.text.Texts;
import org.testfx.api.FxRobot;

/**
 * View ▸ Language ▸ Español switches the open window to Spanish at once, on {@code ui/text/mill-towns.json} (a
 * made-up dataset with Spanish translations), keeping what was selected and filtered.
 */
class LanguageSwitchTest extends FxRobot {

    @RegisterExtension
    static final OpenExplorer explorer = OpenExplorer.on(ExplorerWindowTest.resource("ui/text/mill-towns.json"));

    @AfterAll
    static void backToEnglish() {
        Fx.run(() -> Texts.localeProperty().set(Texts.ENGLISH));
    }

    @Test
    void viewLanguageSpanishSpeaksSpanishAndKeepsTheSelectionAndFilters() {
        ExplorerViewModel model = explorer.model();
        interact(() -> {
            model.filters().entityType(EntityType.PERSON).orElseThrow().shownProperty().set(false);
            model.selection().selectEntity("river-alliance");
        });
        assertEquals("March 2019 – present", text("#details-dates"));
        assertEquals("River and Hill Alliance", text("#details-title"));
        assertEquals(List.of("File", "Edit", "View", "Story", "Help"), menus());

        clickOn("View");
        clickOn("Language");
        clickOn("Español");
        Fx.waitUntil(() -> Texts.locale().equals(Texts.SPANISH));

        assertEquals(List.of("Archivo", "Editar", "Ver", "Historia", "Ayuda"), menus());
        assertEquals("Alianza del Río y el Cerro", text("#details-title"));
        assertEquals("marzo de 2019 – presente", text("#details-dates"));
        // Rosa, the one person, stays hidden: four of five entities, and her one relationship with her.
        assertTrue(text("#status").startsWith("4 de 5 entidades, 3 de 4 relaciones"), text("#status"));
        assertEquals("Sindicato", Fx.call(() -> ((CheckBox) lookup("#type-union").query()).getText()));
        assertEquals("Buscar… (Ctrl+F)", Fx.call(() -> lookup("#search").queryTextInputControl().getPromptText()));
        // The focus depth's chosen value, drawn by the combo box's button cell, is said again too.
        assertEquals("Nivel 1", Fx.call(() -> ((ComboBox<?>) lookup("#focus-depth").query()).getButtonCell()
                .getText()));

        assertEquals("river-alliance", model.selection().selectedEntity().orElseThrow().id());
        assertFalse(model.filters().entityType(EntityType.PERSON).orElseThrow().isShown());

        interact(() -> model.selection().selectEntity("weavers"));
        assertEquals("Sindicato de Tejedores de la Ribera", text("#details-title"));
        assertEquals("1992 – presente", text("#details-dates"));
        assertEquals("Tejedores de las fábricas del río, organizados taller por taller.",
                text("#details-description"));
    }

    @Test
    void aBrokenFileOpenedInSpanishListsItsProblemsInSpanishWithLineAndColumn() throws Exception {
        interact(() -> Texts.choose(Texts.SPANISH));

        interact(() -> explorer.model().open(ExplorerWindowTest.resource("ui/text/sin-id.json")));
        ExplorerWindowTest.waitUntil(() -> lookup("#problems").tryQuery().isPresent());

        String problems = Fx.call(() -> lookup("#problems").queryAs(TextArea.class).getText());
        // The first entity, at line 5, column 5, has no id; the message is the validator's, said in Spanish.
        assertEquals("línea 5, columna 5: falta el campo obligatorio «id» en una entidad", problems);
        interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != explorer.window().scene().getWindow()).forEach(Window::hide));
        assertEquals("Mill towns", explorer.model().graph().orElseThrow().dataset().title(),
                "nothing was changed");
        interact(() -> Texts.choose(Texts.ENGLISH));
    }

    private String text(String id) {
        return Fx.call(() -> ((Labeled) lookup(id).query()).getText());
    }

    private List<String> menus() {
        return Fx.call(() -> ((MenuBar) lookup("#menu").query()).getMenus().stream().map(Menu::getText).toList());
    }
}
