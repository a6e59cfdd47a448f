package org.solidarityatlas.ui.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.solidarityatlas.ui.text.Texts;

/** The dialogs as JavaFX shows them, owned by the given window and styled with its stylesheets. */
public final class FxDialogService implements DialogService {

    private static final String APP = "Solidarity Atlas";

    private final Window owner;
    private final List<String> stylesheets;

    public FxDialogService(Window owner, List<String> stylesheets) {
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path target = file.toPath();
        FileChooser.ExtensionFilter picked = chooser.getSelectedExtensionFilter();
        if (picked != null) {
            String extension = picked.getExtensions().get(0).substring(1);
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
                target = target.resolveSibling(target.getFileName() + extension);
            }
        }
        return Optional.of(target);
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(),
                    "*." + type.extension()));
        }
        return chooser;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public void showError(String header, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, APP, header);
        alert.setContentText(message);
        alert.show();
    }

    @Override
    public void showProblems(String title, String header, List<String> lines) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header);
        TextArea list = new TextArea(String.join("\n", lines));
        list.setId("problems");
        list.setEditable(false);
        list.setWrapText(true);
        // Wrapped messages take about two lines each; room for several before it scrolls.
        int rows = Math.min(14, Math.max(6, 2 * lines.size()));
        list.setPrefSize(680, rows * 22 + 16);
        list.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.show();
    }

    @Override
    public void showKeys(String title, List<KeyHelp> keys) {
        GridPane table = new GridPane();
        table.setId("help-keys");
        table.setHgap(24);
        table.setVgap(8);
        for (int i = 0; i < keys.size(); i++) {
            Label key = new Label(keys.get(i).keys());
            key.getStyleClass().add("key");
            table.addRow(i, key, new Label(keys.get(i).meaning()));
        }
        Alert alert = alert(Alert.AlertType.INFORMATION, title, title);
        alert.getDialogPane().setContent(table);
        alert.show();
    }

    @Override
    public boolean confirm(String header, String question) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, APP, header);
        alert.setContentText(question);
        return alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    @Override
    public SaveChoice askToSave(String header, String question) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, APP, header);
        alert.setContentText(question);
        ButtonType save = new ButtonType(Texts.get("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(Texts.get("dialog.dontSave"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(save, dontSave, DialogButtons.cancel());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(save::equals).isPresent()) {
            return SaveChoice.SAVE;
        }
        return answer.filter(dontSave::equals).isPresent() ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(APP);
        dialog.setHeaderText(title);
        dialog.setContentText(question);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        DialogButtons.named(dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public void notifyDone(String message) {
        Platform.runLater(() -> Notifications.create().owner(owner).title(APP).text(message).showInformation());
    }

    @Override
    public void notifyError(String message) {
        Platform.runLater(() -> Notifications.create().owner(owner).title(APP).text(message).showError());
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = new Alert(type);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        DialogPane pane = alert.getDialogPane();
        DialogButtons.named(pane);
        pane.getStylesheets().addAll(stylesheets);
        return alert;
    }
}
