package org.solidarityatlas.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A 100 MB tmpfs mounted in a test's folder, to be filled until a disk is (nearly) full. Mounting needs root or
 * CAP_SYS_ADMIN; where it is not allowed, as on most CI runners, the test that asked is skipped, saying why.
 */
public final class SmallFileSystem implements AutoCloseable {

    private final Path root;

    private SmallFileSystem(Path root) {
        this.root = root;
    }

    public static SmallFileSystem mountIn(Path folder) throws IOException, InterruptedException {
        Path mountPoint = Files.createDirectory(folder.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=100m", "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean mounted = mount.waitFor(60, TimeUnit.SECONDS) && mount.exitValue() == 0;
        assumeTrue(mounted, "cannot mount a small tmpfs file system to fill (needs root or CAP_SYS_ADMIN): "
                + output.strip());
        return new SmallFileSystem(mountPoint.toRealPath());
    }

    public Path root() {
        return root;
    }

    /** Writes a file of zeros until at most {@code freeBytes} are left (0: until the disk refuses more). */
    public Path fillUntilFree(long freeBytes) throws IOException {
        Path filler = root.resolve("filler");
        byte[] megabyte = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            long room;
            while ((room = Files.getFileStore(root).getUsableSpace() - freeBytes) > 0) {
                out.write(megabyte, 0, (int) Math.min(megabyte.length, room));
                out.flush();
            }
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("No space left on device")) {
                throw e;
            }
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", root.toString()).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
    }
}
