package org.solidarityatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowClassesTest {

    @Test
    void theListedWindowClassesAreMostlyStillOnTheClassPath() {
        List<String> names = WindowClasses.names();
        long found = names.stream()
                .filter(name -> ClassLoader.getSystemResource(name.replace('.', '/') + ".class") != null).count();
        // A few may go as the code moves on (the list is then remade); most missing means it no longer fits.
        assertTrue(names.size() > 1_000, "the list holds " + names.size() + " names");
        assertTrue(found >= names.size() * 0.9, found + " of " + names.size() + " listed classes found");
    }

    @Test
    void loadingAheadLoadsTheListedClassesFoundHere() {
        long onClassPath = WindowClasses.names().stream()
                .filter(name -> ClassLoader.getSystemResource(name.replace('.', '/') + ".class") != null).count();
        assertTrue(WindowClasses.load() >= onClassPath);
    }
}
