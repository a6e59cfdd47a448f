package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.Texts;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.solidarityatlas.store.BoltGraphStore;
import org.solidarityatlas.store.ServerConnection;

/**
 * File → Connect to server…: asks for a Neo4j server (address, user, database, password; read-only unless
 * unticked), connects in the background while the current dataset stays shown, and on failure says why in the
 * window with Retry. Successful servers go into the recent list, without their password.
 */
final class ConnectToServer {

    private final Stage stage;
    private final ExplorerViewModel model;
    private final RecentServers recent;

    ConnectToServer(Stage stage, ExplorerViewModel model, RecentServers recent) {
        this.stage = stage;
        this.model = model;
        this.recent = recent;
    }

    MenuItem menuItem() {
        MenuItem item = Texts.bind(new MenuItem(), "server.menu");
        item.setId("connect-server");
        item.setOnAction(e -> ask().ifPresent(this::connect));
        return item;
    }

    /** The dialog; empty when cancelled. */
    Optional<ServerConnection> ask() {
        Dialog<ServerConnection> dialog = new Dialog<>();
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
        recentList.valueProperty().addListener((property, was, chosen) -> {
            if (chosen != null) {
                uri.setText(chosen.uri());
                user.setText(chosen.user());
                database.setText(chosen.database());
                password.requestFocus();
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
        form.add(new Label(Texts.get("server.passwordNotStored")), 1, 6);
        dialog.getDialogPane().setContent(form);
        ButtonType connect = new ButtonType(Texts.get("server.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(uri.textProperty().isEmpty()
                .or(user.textProperty().isEmpty()).or(database.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == connect ? new ServerConnection(uri.getText().strip(),
                user.getText().strip(), password.getText(), database.getText().strip(), readOnly.isSelected())
                : null);
        return dialog.showAndWait();
    }

    /** Connects off the JavaFX thread; the explorer stays on its current dataset until the new one shows. */
    void connect(ServerConnection server) {
        model.connect(() -> BoltGraphStore.open(server),
                () -> recent.remember(new RecentServers.Server(server.uri(), server.user(), server.database())),
                message -> offerRetry(server, message));
    }

    private void offerRetry(ServerConnection server, String message) {
        ButtonType retry = new ButtonType(Texts.get("server.retry"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, retry, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Solidarity Atlas");
        alert.setHeaderText(Texts.get("server.couldNotConnect", server.describe()));

        alert.getDialogPane().setId("connect-failure");
        alert.showAndWait().filter(List.of(retry)::contains).ifPresent(chosen -> connect(server));

    }
}
