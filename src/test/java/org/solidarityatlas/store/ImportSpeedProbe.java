package org.solidarityatlas.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/**
 * A measurement to run by hand, not a test: times {@code replaceDataset} of a fixed-seed dataset (100,000
 * entities and 300,000 relationships in batches of the default size, unless the arguments give other numbers) into an empty store, then a second time over it,
 * and prints the peak heap. Run it with {@code -Xmx1g}, e.g.
 * {@code java -Xmx1g -cp target/classes:target/test-classes:DEPS org.solidarityatlas.store.ImportSpeedProbe}.
 */
public final class ImportSpeedProbe {

    private static final EntityType[] TYPES_BY_WEIGHT = weightedTypes();
    private static final String[] RELATIONSHIP_TYPES = {
        "member_of", "leads", "works_for", "partner_of", "founded", "organizes", "supports", "targets", "files",
        "participates_in", "succeeded_by"};

    private ImportSpeedProbe() {
    }

    public static void main(String[] args) throws IOException {
        int entityCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int relationshipCount = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : DatasetImport.DEFAULT_BATCH_SIZE;
        long[] begin = {System.nanoTime()};
        ImportProgress progress = (what, written, total) -> System.out.printf("  %,6d ms  %s %,d of %,d%n",
                (System.nanoTime() - begin[0]) / 1_000_000, what, written, total);
        Dataset dataset = dataset(entityCount, relationshipCount, new Random(42));
        System.gc();
        long datasetHeap = usedHeapMb();
        Path directory = Files.createTempDirectory("import-speed-probe");
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            System.gc();
            resetPeaks();
            long before = usedHeapMb();
            long start = System.nanoTime();
            long cpuStart = processCpuMs();
            System.out.printf("before importing: main thread CPU %,d ms, GC %,d ms%n",
                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000, gcMs());
            begin[0] = start;
            store.replaceDataset(dataset, batchSize, progress);
            long firstMs = (System.nanoTime() - start) / 1_000_000;
            long firstPeak = peakHeapMb();
            System.out.printf("into empty store: %,d ms (process CPU %,d ms), peak heap %,d MB"
                    + " (dataset records %,d MB, before %,d MB)%n",
                    firstMs, processCpuMs() - cpuStart, firstPeak, datasetHeap, before);
            System.out.printf("  so far: main thread CPU %,d ms, GC %,d ms%n",
                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000, gcMs());
            System.out.println("summary: " + store.summary().entityCount() + " entities");

            System.gc();
            resetPeaks();
            start = System.nanoTime();
            cpuStart = processCpuMs();
            begin[0] = start;
            store.replaceDataset(dataset, batchSize, progress);
            long secondMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("over a stored one: %,d ms (process CPU %,d ms), peak heap %,d MB%n",
                    secondMs, processCpuMs() - cpuStart, peakHeapMb());
        } finally {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    static Dataset dataset(int entityCount, int relationshipCount, Random random) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sources.add(new Source("s" + i, "Source " + i, "Author " + i, null, "19" + (10 + i), null, null));
        }
        List<Entity> entities = new ArrayList<>(entityCount);
        for (int i = 0; i < entityCount; i++) {
            EntityType type = TYPES_BY_WEIGHT[random.nextInt(TYPES_BY_WEIGHT.length)];
            PartialDate start = random.nextInt(10) == 0 ? null : date(random);
            PartialDate end = start != null && random.nextBoolean()
                    ? new PartialDate(Math.min(9999, start.year() + 1 + random.nextInt(30)), 0, 0) : null;
            List<String> aliases = random.nextInt(4) == 0 ? List.of("A" + i) : List.of();
            entities.add(new Entity("e" + i, type, type.label() + " number " + i, aliases,
                    List.of(random.nextBoolean() ? "US" : "MX"), start, end,
                    random.nextInt(3) == 0 ? "Description of entity " + i + " in a few words." : null,
                    List.of("s" + random.nextInt(sources.size())), List.of()));
        }
        List<Relationship> relationships = new ArrayList<>(relationshipCount);
        for (int i = 0; i < relationshipCount; i++) {
            int from = random.nextInt(entityCount);
            // Squaring leans the other end towards low ids, so a few entities become hubs.
            double lean = random.nextDouble();
            int to = (int) (lean * lean * entityCount);
            if (to == from) {
                to = (to + 1) % entityCount;
            }
            PartialDate start = random.nextInt(5) == 0 ? null : date(random);
            relationships.add(new Relationship("r" + i, random.nextBoolean(),
                    RELATIONSHIP_TYPES[random.nextInt(RELATIONSHIP_TYPES.length)], "e" + from, "e" + to,
                    random.nextInt(10) == 0 ? "role " + i : null, start, null, null,
                    List.of("s" + random.nextInt(sources.size()))));
        }
        return new Dataset("Import speed probe", "Generated with a fixed seed.", "en", sources, entities,
                relationships, List.of());
    }

    private static PartialDate date(Random random) {
        int year = 1920 + random.nextInt(100);
        return switch (random.nextInt(3)) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> new PartialDate(year, 1 + random.nextInt(12), 0);
            default -> new PartialDate(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    private static EntityType[] weightedTypes() {
        List<EntityType> types = new ArrayList<>();
        addTimes(types, EntityType.PERSON, 60);
        addTimes(types, EntityType.ORGANIZATION, 15);
        addTimes(types, EntityType.UNION, 10);
        addTimes(types, EntityType.EVENT, 8);
        addTimes(types, EntityType.CAMPAIGN, 5);
        addTimes(types, EntityType.ALLIANCE, 2);
        return types.toArray(EntityType[]::new);
    }

    private static void addTimes(List<EntityType> types, EntityType type, int times) {
        for (int i = 0; i < times; i++) {
            types.add(type);
        }
    }

    /** CPU time of the whole JVM (JIT and GC included): on a shared machine it varies less than wall time. */
    private static long processCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static long gcMs() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's own peak: at or slightly above the true peak of the whole heap. */
    private static long peakHeapMb() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
