package org.solidarityatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps each library in the one layer that owns it, so the layers stay replaceable. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.solidarityatlas");
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("org.solidarityatlas.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.solidarityatlas.model..", "java..")
                .check(classes);
    }

    @Test
    void onlyTheFormatPackageUsesJackson() {
        noClasses().that().resideOutsideOfPackage("org.solidarityatlas.format..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void onlyTheStorePackageUsesNeo4j() {
        noClasses().that().resideOutsideOfPackage("org.solidarityatlas.store..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j..")
                .check(classes);
    }

    @Test
    void onlyTheGraphViewUsesGraphStream() {
        noClasses().that().resideOutsideOfPackage("org.solidarityatlas.ui.graph..")
                .should().dependOnClassesThat().resideInAPackage("org.graphstream..")
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.solidarityatlas.ui..", "org.solidarityatlas.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchControls() {
        noClasses().that().resideInAPackage("org.solidarityatlas.ui.explorer..")
                .and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .check(classes);
    }
}
