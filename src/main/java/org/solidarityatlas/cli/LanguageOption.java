package org.solidarityatlas.cli;

import org.solidarityatlas.ui.text.Texts;
import picocli.CommandLine.Option;

/** The {@code --lang en|es} option: the language of the window and of slides, handout and GIF. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|es",
            description = "Language of the window and of slides, handout and GIF: en or es. Default: the system's.")
    String given;

    /** Sets the language when one was given; the system's stays otherwise. */
    void apply() {
        if (given == null) {
            return;
        }
        Texts.choose(Texts.ofTag(given).orElseThrow(() -> new ReportingCommand.CommandFailure(
                "unknown language '" + given + "': use en or es")));
    }
}
