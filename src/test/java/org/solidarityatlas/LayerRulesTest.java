package org.solidarityatlas;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map of ARCHITECTURE.md, enforced: each library stays in the one layer that owns it, layers depend only
 * downwards, packages form no cycle, and view models never touch controls.
 */
class LayerRulesTest {

    private static final String ROOT = "org.solidarityatlas.";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.solidarityatlas");
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage(ROOT + "model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + "model..", "java..")
                .check(classes);
    }

    @Test
    void layersDependOnlyOnLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy(ROOT + "model..")
                .layer("Data").definedBy(ROOT + "format..", ROOT + "store..", ROOT + "export..", ROOT + "files..")
                .layer("Engine").definedBy(ROOT + "graph..")
                .layer("Views").definedBy(resideInAnyPackage(ROOT + "ui..").and(
                        com.tngtech.archunit.base.DescribedPredicate.not(resideInAnyPackage(ROOT + "ui.app..")))
                        .as("the features' views and view models"))
                .layer("Entry").definedBy(ROOT + "cli..", ROOT + "bench..", ROOT + "ui.app..")
                .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("Views").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Views", "Entry")
                .whereLayer("Data").mayOnlyBeAccessedByLayers("Engine", "Views", "Entry")
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.solidarityatlas.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheFormatPackageUsesJackson() {
        noClasses().that().resideOutsideOfPackage(ROOT + "format..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void onlyTheStorePackageUsesNeo4j() {
        noClasses().that().resideOutsideOfPackage(ROOT + "store..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j..")
                .check(classes);
    }

    @Test
    void onlyTheNetworkViewUsesGraphStream() {
        noClasses().that().resideOutsideOfPackage(ROOT + "ui.network..")
                .should().dependOnClassesThat().resideInAPackage("org.graphstream..")
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages(ROOT + "ui..", ROOT + "bench..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void viewModelsOfEveryFeatureNeverTouchControls() {
        noClasses().that().resideInAPackage(ROOT + "ui..")
                .and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..")
                .check(classes);
    }
}
