package org.solidarityatlas.ui.explorer;

import java.util.List;
import org.solidarityatlas.ui.dialogs.DialogService.KeyHelp;
import org.solidarityatlas.ui.text.Texts;

/** The explorer's keys, as Help ▸ Keyboard shortcuts (F1) lists them, in the window's language. */
final class KeyTable {

    private KeyTable() {
    }

    static List<KeyHelp> keys() {
        return List.of(
                new KeyHelp("Ctrl+F", Texts.get("help.search")),
                new KeyHelp("Ctrl+O", Texts.get("help.open")),
                new KeyHelp("Ctrl+E", Texts.get("help.export")),
                new KeyHelp("F", Texts.get("help.fit")),
                new KeyHelp(Texts.get("help.key.space"), Texts.get("help.play")),
                new KeyHelp(Texts.get("help.key.escape"), Texts.get("help.clear")),
                new KeyHelp("F11", Texts.get("help.fullScreen")),
                new KeyHelp("F7 / F8", Texts.get("help.panels")),
                new KeyHelp(Texts.get("help.key.leftRight"), Texts.get("help.timeline")),
                new KeyHelp("F5", Texts.get("help.present")),
                new KeyHelp("Ctrl+Shift+N", Texts.get("help.addStep")),
                new KeyHelp(Texts.get("help.key.save"), Texts.get("help.save")),
                new KeyHelp("Ctrl+N", Texts.get("help.newDataset")),
                new KeyHelp("N", Texts.get("help.addEntity")),
                new KeyHelp("Ctrl+K", Texts.get("help.connect")),
                new KeyHelp(Texts.get("help.key.delete"), Texts.get("help.delete")),
                new KeyHelp(Texts.get("help.key.undo"), Texts.get("help.undo")),
                new KeyHelp("F1", Texts.get("help.thisList")),
                new KeyHelp(Texts.get("help.key.mouse"), Texts.get("help.mouse")),
                new KeyHelp(Texts.get("help.key.ctrlClick"), Texts.get("help.ctrlClick")));
    }
}
