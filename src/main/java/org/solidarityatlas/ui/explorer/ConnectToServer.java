package org.solidarityatlas.ui.explorer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.solidarityatlas.ui.dialogs.DialogButtons;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.solidarityatlas.store.BoltGraphStore;
import org.solidarityatlas.store.ServerConnection;
import org.solidarityatlas.ui.text.Texts;

/**
 * File → Connect to server…: asks for a Neo4j server (address, user, database, password; read-only unless
 * unticked), connects in the background while the current dataset stays shown, and on failure says why in the
 * window with Retry. Successful servers go into the recent list, without their password; the password is kept
 * only when the user ticks "remember", and then only in the system keyring ({@link ServerPasswords}).
 */
final class ConnectToServer {

    private final Stage stage;
    private final ExplorerViewModel model;
    private final RecentServers recent;
    /** The keyring is reached only when the dialog needs it: looking for it is no part of building the window. */
    private final Supplier<ServerPasswords> passwords;

    ConnectToServer(Stage stage, ExplorerViewModel model, RecentServers recent) {
        this(stage, model, recent, ServerPasswords::osKeyring);
    }

    ConnectToServer(Stage stage, ExplorerViewModel model, RecentServers recent, ServerPasswords passwords) {
        this(stage, model, recent, () -> passwords);
    }

    private ConnectToServer(Stage stage, ExplorerViewModel model, RecentServers recent,
            Supplier<ServerPasswords> passwords) {
        this.stage = stage;
        this.model = model;
        this.recent = recent;
        this.passwords = passwords;
    }

    /** What the dialog asked for: the connection, and whether to remember its password. */
    record Asked(ServerConnection server, boolean rememberPassword) {
    }

    MenuItem menuItem() {
        MenuItem item = Texts.bind(new MenuItem(), "server.menu");
        item.setId("connect-server");
        item.setOnAction(e -> ask().ifPresent(asked -> connect(asked.server(), asked.rememberPassword())));
        return item;
    }

    /** The dialog; empty when cancelled. */
    Optional<Asked> ask() {
        Dialog<Asked> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(Texts.get("server.title"));
        dialog.setHeaderText(Texts.get("server.header"));
        ComboBox<RecentServers.Server> recentList = new ComboBox<>();
        recentList.setId("server-recent");
        recentList.getItems().setAll(recent.list());
        recentList.setPromptText(Texts.get(recentList.getItems().isEmpty() ? "server.noRecent" : "server.recentPrompt"));
        TextField uri = new TextField("bolt://localhost:7687");
        uri.setId("server-uri");
        uri.setPrefColumnCount(28);
        TextField user = new TextField(ServerConnection.DEFAULT_USER);
        user.setId("server-user");
        TextField database = new TextField(ServerConnection.DEFAULT_DATABASE);
        database.setId("server-database");
        PasswordField password = new PasswordField();
        password.setId("server-password");
        CheckBox readOnly = new CheckBox(Texts.get("server.readOnly"));
        readOnly.setId("server-read-only");
        readOnly.setSelected(true);
        CheckBox remember = rememberBox(passwords.get());
        recentList.valueProperty().addListener((property, was, chosen) -> {
            if (chosen != null) {
                uri.setText(chosen.uri());
                user.setText(chosen.user());
                database.setText(chosen.database());
                password.clear();
                remember.setSelected(false);
                password.requestFocus();
                fillRememberedPassword(chosen, password, remember);
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(Texts.get("server.recent")), recentList);
        form.addRow(1, new Label(Texts.get("server.address")), uri);
        form.addRow(2, new Label(Texts.get("server.user")), user);
        form.addRow(3, new Label(Texts.get("server.database")), database);
        form.addRow(4, new Label(Texts.get("server.password")), password);
        form.add(readOnly, 1, 5);
        form.add(remember, 1, 6);
        form.add(new Label(passwords.get().unavailableBecause().orElse(Texts.get("server.passwordOnlyIfTicked"))), 1, 7);
        dialog.getDialogPane().setContent(form);
        ButtonType connect = new ButtonType(Texts.get("server.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, DialogButtons.cancel());
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(uri.textProperty().isEmpty()
                .or(user.textProperty().isEmpty()).or(database.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == connect ? new Asked(new ServerConnection(
                uri.getText().strip(), user.getText().strip(), password.getText(), database.getText().strip(),
                readOnly.isSelected()), remember.isSelected()) : null);
        return dialog.showAndWait();
    }

    /**
     * "Remember the password": unticked at first, and disabled, saying why, when no keyring can hold it (a
     * disabled box shows no tooltip in JavaFX, so the dialog also prints the reason under it).
     */
    static CheckBox rememberBox(ServerPasswords passwords) {
        CheckBox remember = new CheckBox(Texts.get("server.remember"));
        remember.setId("server-remember");
        remember.setSelected(false);
        passwords.unavailableBecause().ifPresent(reason -> {
            remember.setDisable(true);
            remember.setTooltip(new Tooltip(reason));
        });
        return remember;
    }

    /** Reads the keyring off the JavaFX thread; a password found fills the field and ticks the box. */
    private void fillRememberedPassword(RecentServers.Server chosen, PasswordField password, CheckBox remember) {
        if (passwords.get().unavailableBecause().isPresent()) {
            return;
        }
        CompletableFuture.supplyAsync(() -> passwords.get().password(chosen)).thenAccept(found -> found.ifPresent(
                text -> Platform.runLater(() -> {
                    password.setText(text);
                    remember.setSelected(true);
                })));
    }

    /**
     * After a successful connection: the server goes first in the recent list (address, user and database
     * only); its password goes into the keyring when the user asked for it, and is forgotten there otherwise.
     */
    static void rememberServer(RecentServers recent, ServerPasswords passwords, ServerConnection server,
            boolean rememberPassword) {
        RecentServers.Server kept = new RecentServers.Server(server.uri(), server.user(), server.database());
        recent.remember(kept);
        if (passwords.unavailableBecause().isPresent()) {
            return;
        }
        if (rememberPassword) {
            passwords.remember(kept, server.password());
        } else {
            passwords.forget(kept);
        }
    }

    /** Connects off the JavaFX thread; the explorer stays on its current dataset until the new one shows. */
    void connect(ServerConnection server, boolean rememberPassword) {
        model.connect(() -> BoltGraphStore.open(server), () -> CompletableFuture.runAsync(
                () -> rememberServer(recent, passwords.get(), server, rememberPassword)),
                message -> offerRetry(server, rememberPassword, message));
    }

    private void offerRetry(ServerConnection server, boolean rememberPassword, String message) {
        ButtonType retry = new ButtonType(Texts.get("server.retry"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, retry, DialogButtons.cancel());
        alert.initOwner(stage);
        alert.setTitle("Solidarity Atlas");
        alert.setHeaderText(Texts.get("server.couldNotConnect", server.describe()));
        alert.getDialogPane().setId("connect-failure");
        alert.showAndWait().filter(List.of(retry)::contains).ifPresent(chosen -> connect(server, rememberPassword));
    }
}
