package org.solidarityatlas.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.ui.text.Texts;
import org.testfx.api.FxToolkit;

/** The editor's date field says the validator's problem in the window's language, and again after a switch. */
class DateFieldLanguageTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void backToEnglish() {
        Fx.run(() -> Texts.choose(Texts.ENGLISH));
    }

    @Test
    void aMonthThatDoesNotExistIsSaidInSpanishThenInEnglishAfterASwitch() {
        String spanish = Fx.call(() -> {
            Texts.choose(Texts.SPANISH);
            DateField end = new DateField("edit.fieldWord.end", null);
            end.textProperty().set("2019-13");
            String said = end.problemProperty().get();
            Texts.choose(Texts.ENGLISH);
            return said + " | " + end.problemProperty().get();
        });

        assertEquals("«fin» «2019-13» no es una fecha real (ese mes o ese día no existe)"
                + " | 'end' '2019-13' is not a real date (no such month or day)", spanish);
    }
}
