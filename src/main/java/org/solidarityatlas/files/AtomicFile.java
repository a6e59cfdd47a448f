package org.solidarityatlas.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a half-written
 * file: the content goes to a hidden temporary file beside the target ({@code .NAME.DIGITS.tmp}), which then
 * replaces it by a rename. A process killed while writing leaves its temporary file behind; the next write of the
 * same target removes it. The writer holds a lock on its temporary file, so a write still under way in another
 * process (or thread) is never mistaken for litter.
 */
public final class AtomicFile {

    /** Produces the content into the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        removeAbandonedTemporaryFiles(absolute);
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            keepOrShareReadAccess(absolute, temporary);
            // Closing the channel releases the lock.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.lock();
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Temporary files of earlier writes of the target that nobody is writing any more. */
    static void removeAbandonedTemporaryFiles(Path target) throws IOException {
        Pattern ours = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "\\d+\\.tmp");
        List<Path> candidates;
        try (Stream<Path> entries = Files.list(target.getParent())) {
            candidates = entries.filter(entry -> ours.matcher(entry.getFileName().toString()).matches()).toList();
        }
        for (Path candidate : candidates) {
            if (abandoned(candidate)) {
                Files.deleteIfExists(candidate);
            }
        }
    }

    /** Nobody holds its lock: not another process (tryLock gives null), nor this one (it throws). */
    private static boolean abandoned(Path temporary) {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
    }

    /**
     * Temporary files are created readable by their owner only; a file people write to share (an export, a
     * dataset) should keep the permissions it had, or be readable by others like any new file.
     */
    private static void keepOrShareReadAccess(Path target, Path temporary) throws IOException {
        if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
