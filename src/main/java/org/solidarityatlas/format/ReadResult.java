package org.solidarityatlas.format;

import java.util.List;
import java.util.Optional;
import org.solidarityatlas.model.Dataset;

/**
 * What reading a dataset file gave: the dataset when the file has no errors, and every problem found,
 * in file order.
 */
public record ReadResult(Optional<Dataset> dataset, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    /** True when there is a dataset and no problem is an error (warnings are allowed). */
    public boolean isValid() {
        return dataset.isPresent() && errors().isEmpty();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
