package org.detente.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/ARCHITECTURE: the core depends on no framework, does no I/O and knows
 * nothing of the store or the faces; the store knows nothing of the faces. Rules fail when they
 * match no class (ArchUnit's default), so a renamed package cannot make a rule check nothing.
 */
class ArchitectureTest {
    private static final String[] CORE = {"org.detente.model..", "org.detente.ledger..", "org.detente.state..",
        "org.detente.roadmap..", "org.detente.analysis..", "org.detente.scenario..", "org.detente.simulation..", "org.detente.forecast.."};

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        // Jars are included: in a reactor build the other modules arrive as jars, not folders.
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.detente");
    }

    @Test
    void core_depends_only_on_the_jdk_and_small_math_and_graph_libraries() {
        ArchRule rule = classes().that().resideInAnyPackage(CORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(CORE, "java..", "org.jgrapht..",
                        "org.jheaps..", "org.apache.commons.rng..", "org.apache.commons.statistics..",
                        "org.apache.commons.numbers.."));
        rule.check(production);
    }

    @Test
    void core_does_no_input_or_output() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.sql..", "java.net.http..",
                        "javax..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.PrintStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(production);
    }

    @Test
    void core_reads_no_clock_of_its_own() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(production);
    }

    @Test
    void core_knows_nothing_of_the_store_or_the_faces() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.detente.store..", "org.detente.app..")
                .check(production);
    }

    @Test
    void the_store_knows_nothing_of_the_faces() {
        noClasses().that().resideInAPackage("org.detente.store..")
                .should().dependOnClassesThat().resideInAPackage("org.detente.app..")
                .check(production);
    }

    @Test
    void event_ingestion_depends_on_the_core_only_not_on_the_store_or_the_faces() {
        noClasses().that().resideInAPackage("org.detente.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.detente.store..", "org.detente.app..")
                .check(production);
    }

    @Test
    void every_class_lives_in_a_known_module_package() {
        classes().should().resideInAnyPackage(concat(CORE, "org.detente.store..", "org.detente.app..",
                "org.detente.events..", "org.detente.bench..", "org.detente.testkit.."))
                .check(production);
    }

    @Test
    void no_production_class_uses_the_test_kit() {
        // The kit is on the class path here only because the tests depend on it (test scope).
        noClasses().that().resideOutsideOfPackage("org.detente.testkit..")
                .should().dependOnClassesThat().resideInAPackage("org.detente.testkit..")
                .check(production);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
