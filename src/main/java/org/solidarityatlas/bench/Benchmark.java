// Over 600 lines on purpose for now: it is the one place that lists every part of the benchmark and runs them in
// order, and this session's features each added a part (workbook, server, soak, slides, timeline). The next
// step is a class per part beside SlidesBench and UiBench, with this file keeping only the order and the report.
package org.solidarityatlas.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.model.Subgraph;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.store.BoltGraphStore;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.store.ServerConnection;
import org.solidarityatlas.store.StoreException;

/**
 * Generates its data, then measures each subject after a warm-up, several times. A subject whose code is not in
 * this build is reported missing with the reason, never estimated.
 */
public final class Benchmark {

    /** How big the measured datasets are and how often each measurement repeats. */
    public record Sizes(int importEntities, int importRelationships, int importRepeats, int filterEntities,
            int filterRelationships, int filterMoves, int warmups, int queryRepeats, int layoutRepeats,
            double frameSeconds, int soakMoves, int soakSteps) {
    }

    /** The sizes issues 5 and 14 name. */
    public static final Sizes FULL = new Sizes(100_000, 300_000, 2, 10_000, 30_000, 500, 100, 100, 3, 3, 10_000, 500);
    /** Small enough for a smoke test on every build: the figures mean nothing, the code runs. */
    public static final Sizes QUICK = new Sizes(600, 1_800, 1, 300, 900, 50, 10, 10, 1, 0.5, 100, 20);

    private static final long SEED = 1;
    /** The explorer's drawing cap (LoadedGraph.DEFAULT_MAX_DRAWN), for the first-window figures. */
    private static final int WINDOW_DRAWN = 10_000;
    /** The heap the import must fit in, given to the JVM that imports. */
    static final int IMPORT_HEAP_MB = 1024;
    /** Long enough for the explorer to import the big dataset on a loaded machine. */
    private static final long EXPLORER_TIMEOUT_MINUTES = 10;
    /** 10,500 pulses at the 10 to 15 frames a second a 10,000-node network draws in software, and the import. */
    private static final long SOAK_TIMEOUT_MINUTES = 40;

    /** The parts of the benchmark, which {@code --only} picks from. */
    public enum Part {
        /** Import of the big file, then the store queries on what it filled. */
        IMPORT(BenchField.IMPORT_100K_300K_S, BenchField.IMPORT_PEAK_HEAP_MB, BenchField.READ_100K_300K_S,
                BenchField.SEARCH_100K_MEDIAN_MS, BenchField.PATH_100K_MEDIAN_MS,
                BenchField.NEIGHBOURHOOD2_100K_MEDIAN_MS, BenchField.WINDOW_10K_FIRST_MS),
        /** The same store figures on a Neo4j server over Bolt, when one is given (--neo4j). */
        SERVER(BenchField.BOLT_IMPORT_100K_300K_S, BenchField.BOLT_SEARCH_100K_MEDIAN_MS,
                BenchField.BOLT_PATH_100K_MEDIAN_MS, BenchField.BOLT_NEIGHBOURHOOD2_100K_MEDIAN_MS,
                BenchField.BOLT_WINDOW_10K_FIRST_MS, BenchField.BOLT_ROUNDTRIP_MEDIAN_MS),
        FILTER(BenchField.FILTER_10K_MEDIAN_MS, BenchField.FILTER_10K_P95_MS, BenchField.TIMELINE_DRAG_P95_MS),
        LAYOUT(BenchField.LAYOUT_1K_SETTLE_S),
        RENDER(BenchField.RENDER_1K_FPS, BenchField.RENDER_5K_FPS, BenchField.RENDER_10K_FPS,
                BenchField.RENDER_5K_FPS_DEFAULT),
        STARTUP(BenchField.STARTUP_WINDOW_MS, BenchField.STARTUP_READY_FIRST_MS, BenchField.STARTUP_READY_AGAIN_MS,
                BenchField.STARTUP_WINDOW_IMAGE_MS, BenchField.STARTUP_READY_FIRST_IMAGE_MS,
                BenchField.STARTUP_READY_AGAIN_IMAGE_MS),
        EXPLORER(BenchField.EXPLORER_100K_HEAP_MB, BenchField.UI_MAX_BLOCK_MS),
        /** Import of the same big dataset from an .xlsx workbook. */
        WORKBOOK(BenchField.IMPORT_XLSX_100K_300K_S, BenchField.IMPORT_XLSX_PEAK_HEAP_MB),
        /** A 10-step story's slides, GIF and handout on a dataset a tenth of the filter size (1,000 entities). */
        SLIDES(BenchField.SLIDES_STORY_S),
        /** The explorer on the big dataset worked for a long time: filter moves, then playback steps. */
        SOAK(BenchField.SOAK_FILTER_HEAP_GROWTH_MB, BenchField.SOAK_UI_MAX_BLOCK_MS);

        private final List<BenchField> fields;

        Part(BenchField... fields) {
            this.fields = List.of(fields);
        }

        List<BenchField> fields() {
            return fields;
        }
    }

    /** Where {@code ./mvnw -Pinstaller package} puts the app image, from the project folder. */
    public static final Path DEFAULT_APP_IMAGE = Path.of("target", "installer", "solidarity-atlas");

    private final Sizes sizes;
    private final PrintWriter progress;
    private final Set<Part> parts;
    private final Path appImage;
    /** The program's main class, started in a second JVM to measure the explorer's start-up. */
    private final String programMainClass;
    private Optional<ServerConnection> server = Optional.empty();

    /** Measures the store figures on this server as well; its database's dataset is replaced. */
    public Benchmark onServer(ServerConnection connection) {
        server = Optional.of(connection);
        return this;
    }

    /**
     * A benchmark of some parts only (all when {@code parts} is empty); the other fields are reported missing, as
     * not asked for.
     */
    public Benchmark(Sizes sizes, PrintWriter progress, Set<Part> parts, String programMainClass) {
        this(sizes, progress, parts, programMainClass, DEFAULT_APP_IMAGE);
    }

    /** As above, and the start-up of the app image in this folder measured too, if there is one. */
    public Benchmark(Sizes sizes, PrintWriter progress, Set<Part> parts, String programMainClass, Path appImage) {
        this.appImage = appImage;
        this.sizes = sizes;
        this.progress = progress;
        this.parts = parts.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(parts);
        this.programMainClass = programMainClass;
    }

    public BenchResults run() throws IOException {
        BenchResults results = new BenchResults(sizes == QUICK);
        Path work = Files.createTempDirectory("atlas-bench");
        for (Part part : EnumSet.complementOf(EnumSet.copyOf(parts))) {
            results.missing(part.fields(), "not asked for (--only)");
        }
        try {
            DatasetGenerator generated = new DatasetGenerator(sizes.importEntities(), sizes.importRelationships(),
                    SEED);
            boolean onServer = parts.contains(Part.SERVER) && server.isPresent();
            if (parts.contains(Part.SERVER) && server.isEmpty()) {
                results.missing(Part.SERVER.fields(), "no server given (bench --neo4j URI)");
            }
            Path big = parts.contains(Part.IMPORT) || parts.contains(Part.EXPLORER) || parts.contains(Part.SOAK)
                    || onServer
                    ? generate(work, "import.json", generated) : null;
            if (parts.contains(Part.IMPORT)) {
                Path warmup = generate(work, "warmup.json", new DatasetGenerator(
                        Math.max(6, sizes.importEntities() / 20), sizes.importRelationships() / 20, SEED));
                Path filled = measureImport(work, warmup, big, results);
                measureStoreQueries(filled, generated, results);
            }
            if (parts.contains(Part.WORKBOOK)) {
                measureWorkbookImport(work, generated, results);
            }
            if (onServer) {
                measureServer(server.get(), big, generated, results);
            }
            if (parts.contains(Part.FILTER) || parts.contains(Part.LAYOUT) || parts.contains(Part.RENDER)
                    || parts.contains(Part.SLIDES)) {
                measureUi(results);
            }
            if (parts.contains(Part.STARTUP)) {
                measureStartup(work, results);
            }
            if (parts.contains(Part.EXPLORER)) {
                measureExplorer(work, big, results);
            }
            if (parts.contains(Part.SOAK)) {
                measureSoak(work, big, results);
            }
        } finally {
            deleteTree(work);
        }
        return results;
    }

    private Path generate(Path work, String name, DatasetGenerator generator) throws IOException {
        progress.printf("generating %s%n", name);
        progress.flush();
        Path file = work.resolve(name);
        generator.write(file);
        return file;
    }

    /**
     * Each repeat in a fresh JVM limited to {@link #IMPORT_HEAP_MB}, so the heap figure is the import's own and
     * the limit is proven, not assumed; the JVM warms up on a small file first. Returns the data directory the
     * last repeat filled.
     */
    private Path measureImport(Path work, Path warmup, Path file, BenchResults results) throws IOException {
        Timings seconds = new Timings();
        Timings readSeconds = new Timings();
        double peakMegabytes = 0;
        Path filled = null;
        for (int repeat = 0; repeat < sizes.importRepeats(); repeat++) {
            progress.printf("import, run %d of %d%n", repeat + 1, sizes.importRepeats());
            progress.flush();
            filled = work.resolve("db-" + repeat);
            Map<String, Double> figures = runProbe(ImportProbe.class, List.of(warmup.toString(), file.toString(),
                    work.resolve("warmup-db-" + repeat).toString(), filled.toString()), IMPORT_HEAP_MB);
            seconds.add(figures.get(BenchField.IMPORT_100K_300K_S.jsonName()));
            readSeconds.add(figures.get(BenchField.READ_100K_300K_S.jsonName()));
            peakMegabytes = Math.max(peakMegabytes, figures.get(BenchField.IMPORT_PEAK_HEAP_MB.jsonName()));
        }
        results.put(BenchField.IMPORT_100K_300K_S, seconds.median());
        results.put(BenchField.READ_100K_300K_S, readSeconds.median());
        results.put(BenchField.IMPORT_PEAK_HEAP_MB, peakMegabytes);
        return filled;
    }

    /** As {@link #measureImport}, from a workbook holding the same generated dataset. */
    private void measureWorkbookImport(Path work, DatasetGenerator generated, BenchResults results)
            throws IOException {
        progress.printf("generating import.xlsx%n");
        progress.flush();
        Path workbook = work.resolve("import.xlsx");
        generated.writeWorkbook(workbook);
        Path warmup = work.resolve("warmup.xlsx");
        new DatasetGenerator(Math.max(6, sizes.importEntities() / 20), sizes.importRelationships() / 20, SEED)
                .writeWorkbook(warmup);
        Timings seconds = new Timings();
        double peakMegabytes = 0;
        for (int repeat = 0; repeat < sizes.importRepeats(); repeat++) {
            progress.printf("workbook import, run %d of %d%n", repeat + 1, sizes.importRepeats());
            progress.flush();
            Map<String, Double> figures = runProbe(ImportProbe.class, List.of(warmup.toString(), workbook.toString(),
                    work.resolve("xlsx-warmup-db-" + repeat).toString(), work.resolve("xlsx-db-" + repeat).toString()),
                    IMPORT_HEAP_MB);
            seconds.add(figures.get(BenchField.IMPORT_XLSX_100K_300K_S.jsonName()));
            peakMegabytes = Math.max(peakMegabytes, figures.get(BenchField.IMPORT_XLSX_PEAK_HEAP_MB.jsonName()));
            deleteTree(work.resolve("xlsx-db-" + repeat));
            deleteTree(work.resolve("xlsx-warmup-db-" + repeat));
        }
        results.put(BenchField.IMPORT_XLSX_100K_300K_S, seconds.median());
        results.put(BenchField.IMPORT_XLSX_PEAK_HEAP_MB, peakMegabytes);
    }

    /**
     * Search and shortest path in the store, and the depth-2 neighbourhood in the graph engine the explorer and
     * stories use (on the dataset read back from the store), for random entities and words.
     */
    private void measureStoreQueries(Path dataDirectory, DatasetGenerator generated, BenchResults results) {
        progress.println("store queries");
        progress.flush();
        Random random = new Random(SEED);
        try (GraphStore store = Neo4jGraphStore.open(dataDirectory)) {
            results.put(BenchField.WINDOW_10K_FIRST_MS, firstWindow(store));
            results.put(BenchField.SEARCH_100K_MEDIAN_MS,
                    repeat(() -> store.search(DatasetGenerator.searchTerm(random), 20)).median());
            results.put(BenchField.PATH_100K_MEDIAN_MS,
                    repeat(() -> store.shortestPath(generated.randomId(random), generated.randomId(random)))
                            .median());
            LoadedGraph graph = new LoadedGraph(store.dataset().orElseThrow());
            results.put(BenchField.NEIGHBOURHOOD2_100K_MEDIAN_MS, repeat(() -> graph.neighbourhood(
                    GraphFilter.everything(), List.of(generated.randomId(random)), 2)).median());
        }
    }

    /**
     * The first draw of a filtered window on a store just opened, as the explorer's first filter on a big dataset:
     * twenty years of everything, at most 10,000 entities drawn, chosen by the database.
     */
    private static double firstWindow(GraphStore store) {
        GraphFilter twentyYears = GraphFilter.everything().withWindow(TimeWindow.ofYears(1990, 2009));
        Timings first = new Timings();
        first.time(() -> store.drawnWindow(twentyYears, WINDOW_DRAWN));
        return first.median();
    }

    /**
     * The store figures over Bolt: the import of the big file into the server's database (read and check
     * included, as in the embedded figure; in this JVM), then the queries on a new connection, the first draw
     * first.
     */
    private void measureServer(ServerConnection connection, Path big, DatasetGenerator generated,
            BenchResults results) {
        progress.println("import over Bolt into " + connection.describe());
        progress.flush();
        try {
            try (GraphStore store = BoltGraphStore.open(connection)) {
                long start = System.nanoTime();
                ReadResult read = new DatasetReader().read(big);
                store.replaceDataset(read.dataset().orElseThrow(
                        () -> new StoreException("the generated dataset is invalid: " + read.problems().get(0))));
                results.put(BenchField.BOLT_IMPORT_100K_300K_S, (System.nanoTime() - start) / 1e9);
            }
            progress.println("store queries over Bolt");
            progress.flush();
            Random random = new Random(SEED);
            try (BoltGraphStore store = BoltGraphStore.open(connection)) {
                results.put(BenchField.BOLT_WINDOW_10K_FIRST_MS, firstWindow(store));
                results.put(BenchField.BOLT_ROUNDTRIP_MEDIAN_MS, repeat(store::roundTrip).median());
                results.put(BenchField.BOLT_SEARCH_100K_MEDIAN_MS,
                        repeat(() -> store.search(DatasetGenerator.searchTerm(random), 20)).median());
                results.put(BenchField.BOLT_PATH_100K_MEDIAN_MS,
                        repeat(() -> store.shortestPath(generated.randomId(random), generated.randomId(random)))
                                .median());
                // On a server the explorer's focus is walked there (the window holds only part of the graph).
                results.put(BenchField.BOLT_NEIGHBOURHOOD2_100K_MEDIAN_MS, repeat(() -> store.neighbourhood(
                        GraphFilter.everything(), List.of(generated.randomId(random)), 2, WINDOW_DRAWN)).median());
            }
        } catch (StoreException e) {
            results.missing(Part.SERVER.fields(), e.getMessage());
        }
    }

    /** Runs the query {@code warmups} times unmeasured, then {@code queryRepeats} times measured. */
    private Timings repeat(Runnable query) {
        for (int i = 0; i < sizes.warmups(); i++) {
            query.run();
        }
        Timings timings = new Timings();
        for (int i = 0; i < sizes.queryRepeats(); i++) {
            timings.time(query);
        }
        return timings;
    }

    /**
     * Everything that needs JavaFX, on a dataset of the filter size (its most connected entities for the
     * rendering sizes). Without a display for JavaFX these figures are missing, with that reason.
     */
    private void measureUi(BenchResults results) throws IOException {
        List<BenchField> uiFields = List.of(BenchField.FILTER_10K_MEDIAN_MS, BenchField.FILTER_10K_P95_MS,
                BenchField.TIMELINE_DRAG_P95_MS,
                BenchField.LAYOUT_1K_SETTLE_S, BenchField.RENDER_1K_FPS, BenchField.RENDER_5K_FPS,
                BenchField.RENDER_10K_FPS, BenchField.RENDER_5K_FPS_DEFAULT, BenchField.SLIDES_STORY_S);
        try {
            UiBench.startToolkit();
        } catch (RuntimeException | InterruptedException e) {
            results.missing(uiFields, "JavaFX cannot start here (" + e.getMessage()
                    + "); run under a display or xvfb-run");
            return;
        }
        if (parts.contains(Part.SLIDES)) {
            Dataset small = generatedDataset(sizes.filterEntities() / 10, sizes.filterRelationships() / 10);
            Path folder = Files.createTempDirectory("atlas-bench-slides");
            try {
                measure(results, BenchField.SLIDES_STORY_S,
                        () -> SlidesBench.exportSeconds(small, SlidesBench.story(small), folder, progress));
            } finally {
                deleteTree(folder);
            }
        }
        if (!parts.contains(Part.FILTER) && !parts.contains(Part.LAYOUT) && !parts.contains(Part.RENDER)) {
            return;
        }
        Dataset dataset = generatedDataset(sizes.filterEntities(), sizes.filterRelationships());
        Subgraph thousand = UiBench.mostConnected(dataset, sizes.filterEntities() / 10);
        Subgraph fiveThousand = UiBench.mostConnected(dataset, sizes.filterEntities() / 2);
        Subgraph tenThousand = UiBench.mostConnected(dataset, sizes.filterEntities());
        if (parts.contains(Part.FILTER)) {
            measureFiltering(results, dataset);
            measure(results, BenchField.TIMELINE_DRAG_P95_MS, () -> UiBench.timelineDrag(
                    generatedDataset(sizes.importEntities(), sizes.importRelationships()), 1).p95());
        }
        if (parts.contains(Part.LAYOUT)) {
            measureLayout(results, thousand);
        }
        if (parts.contains(Part.RENDER)) {
            measureRendering(results, thousand, fiveThousand, tenThousand);
        }
    }

    private void measureLayout(BenchResults results, Subgraph thousand) {
        measure(results, BenchField.LAYOUT_1K_SETTLE_S, () -> {
            UiBench.layoutSettleSeconds(thousand);
            Timings settle = new Timings();
            for (int i = 0; i < sizes.layoutRepeats(); i++) {
                settle.add(UiBench.layoutSettleSeconds(thousand));
            }
            return settle.median();
        });
    }

    private void measureRendering(BenchResults results, Subgraph thousand, Subgraph fiveThousand,
            Subgraph tenThousand) {
        measure(results, BenchField.RENDER_1K_FPS, () -> UiBench.networkViewFps(thousand, sizes.frameSeconds()));
        measure(results, BenchField.RENDER_5K_FPS,
                () -> UiBench.networkViewFps(fiveThousand, sizes.frameSeconds()));
        measure(results, BenchField.RENDER_5K_FPS_DEFAULT,
                () -> UiBench.stockViewerFps(fiveThousand, sizes.frameSeconds()));
        measure(results, BenchField.RENDER_10K_FPS,
                () -> UiBench.networkViewFps(tenThousand, sizes.frameSeconds()));
    }

    /** Time-window moves and type toggles applied to the network view, each timed: median and 95th percentile. */
    private void measureFiltering(BenchResults results, Dataset dataset) {
        progress.println("filtering");
        progress.flush();
        try {
            Timings filtering = UiBench.filtering(dataset, sizes.warmups(), sizes.filterMoves());
            results.put(BenchField.FILTER_10K_MEDIAN_MS, filtering.median());
            results.put(BenchField.FILTER_10K_P95_MS, filtering.p95());
        } catch (Exception e) {
            Throwable cause = UiBench.cause(e);
            results.missing(List.of(BenchField.FILTER_10K_MEDIAN_MS, BenchField.FILTER_10K_P95_MS),
                    UiBench.isTimeout(cause) ? "timed out waiting for the network view" : "failed: " + cause);
        }
    }

    private interface Measurement {
        double run() throws Exception;
    }

    /** One figure; its failure (a layout that never settles, say) is reported for it alone. */
    private void measure(BenchResults results, BenchField field, Measurement measurement) {
        progress.println(field.jsonName());
        progress.flush();
        try {
            results.put(field, measurement.run());
        } catch (Exception e) {
            Throwable cause = UiBench.cause(e);
            results.missing(List.of(field), UiBench.isTimeout(cause)
                    ? "timed out after " + UiBench.TIMEOUT_SECONDS + " s waiting for the network view"
                    : "failed: " + cause);
        }
    }

    /** A generated dataset, written and read back through the format so that it is checked like a file. */
    private static Dataset generatedDataset(int entities, int relationships) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DatasetGenerator(entities, relationships, SEED).write(bytes);
        ReadResult result = new DatasetReader().read(new ByteArrayInputStream(bytes.toByteArray()), "generated");
        return result.dataset().orElseThrow(() -> new IOException("generated dataset is invalid: "
                + result.problems().get(0)));
    }

    /**
     * The explorer started twice on a new data directory (the bundled dataset imported, then reopened), each in
     * a process of its own that reports through {@code atlas.bench.report}; times run from just before the
     * process starts. The window time is the first start's. Measured with {@code java} on this class path, then
     * with the app image's launcher when there is one.
     */
    private void measureStartup(Path work, BenchResults results) {
        progress.println("start-up");
        progress.flush();
        measureStartup(work.resolve("startup-db"), work, new JvmLaunch(programMainClass), BenchField.STARTUP_WINDOW_MS,
                BenchField.STARTUP_READY_FIRST_MS, BenchField.STARTUP_READY_AGAIN_MS, results);
        List<BenchField> imageFields = List.of(BenchField.STARTUP_WINDOW_IMAGE_MS,
                BenchField.STARTUP_READY_FIRST_IMAGE_MS, BenchField.STARTUP_READY_AGAIN_IMAGE_MS);
        Path launcher = appImage.resolve("bin").resolve("solidarity-atlas");
        if (!Files.isExecutable(launcher)) {
            results.missing(imageFields, "no app image at " + appImage + " (build it with ./mvnw -Pinstaller package)");
        } else if (!hasDisplay()) {
            results.missing(imageFields, "the app image has no headless toolkit; run under xvfb-run");
        } else {
            progress.println("start-up of the app image");
            progress.flush();
            measureStartup(work.resolve("startup-image-db"), work, new ImageLaunch(launcher), imageFields.get(0),
                    imageFields.get(1), imageFields.get(2), results);
        }
    }

    private static void measureStartup(Path directory, Path work, ExplorerLaunch launch, BenchField window,
            BenchField readyFirst, BenchField readyAgain, BenchResults results) {
        try {
            ExplorerRun first = runExplorer(work, launch, List.of("--db", directory.toString()));
            ExplorerRun again = runExplorer(work, launch, List.of("--db", directory.toString()));
            results.put(window, first.since("window_shown"));
            results.put(readyFirst, first.since("dataset_ready"));
            results.put(readyAgain, again.since("dataset_ready"));
        } catch (IOException e) {
            results.missing(List.of(window, readyFirst, readyAgain), e.getMessage());
        }
    }

    /** The explorer opening the generated import-size dataset on an empty data directory. */
    private void measureExplorer(Path work, Path big, BenchResults results) {
        progress.println("explorer on the big dataset");
        progress.flush();
        try {
            ExplorerRun run = runExplorer(work, new JvmLaunch(programMainClass), List.of("--db", work.resolve("explorer-db").toString(),
                    big.toString()));
            results.put(BenchField.EXPLORER_100K_HEAP_MB, run.figure("heap_used_mb"));
            results.put(BenchField.UI_MAX_BLOCK_MS, run.figure("ui_max_block_ms"));
        } catch (IOException e) {
            results.missing(List.of(BenchField.EXPLORER_100K_HEAP_MB, BenchField.UI_MAX_BLOCK_MS), e.getMessage());
        }
    }

    /**
     * The explorer on the big dataset (reopened from the explorer measurement's store when there is one, else
     * imported first) worked by {@link Sizes#soakMoves()} filter moves and {@link Sizes#soakSteps()} playback
     * steps, one a pulse; see {@code SoakRun}.
     */
    private void measureSoak(Path work, Path big, BenchResults results) {
        progress.println("soak: " + sizes.soakMoves() + " filter moves and " + sizes.soakSteps() + " play steps");
        progress.flush();
        Path store = work.resolve("explorer-db");
        List<String> arguments = Files.isDirectory(store) ? List.of("--db", store.toString())
                : List.of("--db", store.toString(), big.toString());
        try {
            ExplorerRun run = runExplorer(work, new JvmLaunch(programMainClass, List.of(
                    "-Datlas.bench.soak=" + sizes.soakMoves() + "," + sizes.soakSteps())), arguments,
                    SOAK_TIMEOUT_MINUTES);
            results.put(BenchField.SOAK_FILTER_HEAP_GROWTH_MB, run.figure("soak_filter_heap_growth_mb"));
            results.put(BenchField.SOAK_UI_MAX_BLOCK_MS, run.figure("soak_ui_max_block_ms"));
        } catch (IOException e) {
            results.missing(Part.SOAK.fields(), e.getMessage());
        }
    }

    /** What one explorer process reported, and when it was started (epoch milliseconds). */
    private record ExplorerRun(long startedAt, Map<String, Double> report) {
        double figure(String name) throws IOException {
            Double value = report.get(name);
            if (value == null) {
                throw new IOException("the explorer did not report " + name);
            }
            return value;
        }

        double since(String name) throws IOException {
            return figure(name) - startedAt;
        }
    }

    /** How the benchmark starts the explorer, told to report through {@code atlas.bench.report}. */
    private interface ExplorerLaunch {
        ProcessBuilder command(Path report, List<String> arguments) throws IOException;
    }

    /**
     * {@code java} on this class path, with the options the jar's manifest gives {@code java -jar}. Without a
     * display the JavaFX toolkit is told to use Monocle headless, which must then be on the class path.
     */
    private record JvmLaunch(String mainClass, List<String> options) implements ExplorerLaunch {
        JvmLaunch(String mainClass) {
            this(mainClass, List.of());
        }

        @Override
        public ProcessBuilder command(Path report, List<String> arguments) throws IOException {
            List<String> command = new ArrayList<>(options);
            command.add(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Datlas.bench.report=" + report,
                    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED"));
            if (!hasDisplay()) {
                if (ClassLoader.getSystemResource("com/sun/glass/ui/monocle/MonocleApplication.class") == null) {
                    throw new IOException("no display and no Monocle on the class path; run under xvfb-run");
                }
                command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                        "-Dprism.order=sw", "-Dprism.text=t2k"));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
            command.addAll(arguments);
            return new ProcessBuilder(command);
        }
    }

    /**
     * The app image's launcher, as a user starts it, with its own runtime and options; the report property
     * reaches its JVM through {@code JAVA_TOOL_OPTIONS}, which every JVM reads.
     */
    private record ImageLaunch(Path launcher) implements ExplorerLaunch {
        @Override
        public ProcessBuilder command(Path report, List<String> arguments) {
            List<String> command = new ArrayList<>(List.of(launcher.toString()));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Datlas.bench.report=" + report);
            return builder;
        }
    }

    private static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    /**
     * Runs the explorer (the command line with these arguments) in a new process that reports through
     * {@code atlas.bench.report}, waits for it to quit by itself once it has reported, and reads the report.
     */
    private static ExplorerRun runExplorer(Path work, ExplorerLaunch launch, List<String> arguments)
            throws IOException {
        return runExplorer(work, launch, arguments, EXPLORER_TIMEOUT_MINUTES);
    }

    private static ExplorerRun runExplorer(Path work, ExplorerLaunch launch, List<String> arguments,
            long timeoutMinutes) throws IOException {
        Path report = Files.createTempFile(work, "explorer", ".report");
        Files.delete(report);
        ProcessBuilder command = launch.command(report, arguments);
        long startedAt = System.currentTimeMillis();
        Process process = command.redirectErrorStream(true)
                .redirectOutput(work.resolve("explorer.log").toFile()).start();
        try {
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("the explorer did not report within " + timeoutMinutes + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while the explorer ran", e);
        }
        if (!Files.exists(report)) {
            String log = Files.readString(work.resolve("explorer.log"), StandardCharsets.UTF_8).strip();
            throw new IOException("the explorer exited (" + process.exitValue() + ") without reporting: "
                    + log.lines().filter(l -> !l.isBlank() && !l.startsWith("Picked up JAVA_TOOL_OPTIONS"))
                            .findFirst().orElse("no message"));
        }
        Map<String, Double> figures = new HashMap<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                figures.put(line.substring(0, equals), Double.parseDouble(line.substring(equals + 1)));
            }
        }
        return new ExplorerRun(startedAt, figures);
    }

    /**
     * Runs {@code main} in a new JVM on this class path with the given heap limit and returns the
     * {@code name=value} lines it prints.
     */
    private static Map<String, Double> runProbe(Class<?> main, List<String> arguments, int heapMegabytes)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMegabytes + "m",
                // Neo4j reaches into these JDK internals, as the jar manifest and the build allow too.
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        Map<String, Double> figures = new HashMap<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    figures.put(line.substring(0, equals), Double.parseDouble(line.substring(equals + 1)));
                }
            }
        }
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(main.getSimpleName() + " failed: "
                        + (errors.isEmpty() ? "no message" : errors.lines().findFirst().orElse("")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while " + main.getSimpleName() + " ran", e);
        }
        return figures;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
