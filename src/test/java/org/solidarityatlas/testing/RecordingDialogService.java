package org.solidarityatlas.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.solidarityatlas.ui.dialogs.DialogService;

/**
 * A dialog service without a window: it records what the view model asked and told, and answers choosers and
 * confirmations with what the test queued beforehand (nothing queued answers as a user who cancels).
 */
public final class RecordingDialogService implements DialogService {

    /** One call: which dialog, and its text (title, header, message, lines) joined with " | ". */
    public record Call(String dialog, String text) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final Deque<Path> filesToOpen = new ArrayDeque<>();
    private final Deque<Path> filesToSave = new ArrayDeque<>();
    private final Deque<Path> folders = new ArrayDeque<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final List<List<FileType>> offeredTypes = new ArrayList<>();
    private final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    private final Deque<String> texts = new ArrayDeque<>();

    public RecordingDialogService answerSaveChoice(SaveChoice choice) {
        saveChoices.add(choice);
        return this;
    }

    public RecordingDialogService answerText(String text) {
        texts.add(text);
        return this;
    }

    @Override
    public SaveChoice askToSave(String header, String question) {
        record("askToSave", header + " | " + question);
        SaveChoice answer = saveChoices.poll();
        return answer == null ? SaveChoice.CANCEL : answer;
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        record("askText", title + " | " + question);
        return Optional.ofNullable(texts.poll());
    }

    public RecordingDialogService answerFileToOpen(Path file) {
        filesToOpen.add(file);
        return this;
    }

    public RecordingDialogService answerFileToSave(Path file) {
        filesToSave.add(file);
        return this;
    }

    public RecordingDialogService answerFolder(Path folder) {
        folders.add(folder);
        return this;
    }

    public RecordingDialogService answerConfirm(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
        record("chooseFilesToOpen", title);
        offeredTypes.add(List.copyOf(types));
        return Optional.ofNullable(filesToOpen.poll()).map(List::of).orElse(List.of());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
        record("chooseFileToSave", title + " | " + initialName);
        offeredTypes.add(List.copyOf(types));
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        record("chooseFolder", title);
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public void showError(String header, String message) {
        record("showError", header + " | " + message);
    }

    @Override
    public void showProblems(String title, String header, List<String> lines) {
        record("showProblems", title + " | " + header + " | " + String.join(" | ", lines));
    }

    @Override
    public void showKeys(String title, List<KeyHelp> keys) {
        record("showKeys", title);
    }

    @Override
    public boolean confirm(String header, String question) {
        record("confirm", header + " | " + question);
        Boolean answer = confirmations.poll();
        return answer != null && answer;
    }

    @Override
    public void notifyDone(String message) {
        record("notifyDone", message);
    }

    @Override
    public void notifyError(String message) {
        record("notifyError", message);
    }

    private synchronized void record(String dialog, String text) {
        calls.add(new Call(dialog, text));
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The texts of the calls to one dialog, in order. */
    public synchronized List<String> texts(String dialog) {
        return calls.stream().filter(c -> c.dialog().equals(dialog)).map(Call::text).toList();
    }

    /** The file types each chooser offered, in order. */
    public synchronized List<List<FileType>> offeredTypes() {
        return List.copyOf(offeredTypes);
    }

    public synchronized void clear() {
        calls.clear();
        offeredTypes.clear();
    }
}
