package org.detente.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packages of the relational store (docs/storage.md) depend on each other in one direction:
 * {@code jdbc} (configuration, transactions, the schema's trigger) at the bottom, then the audit
 * log, then the ledgers and the access (tokens), then the opened {@code database}, then the
 * {@code transfer} that moves a whole database in and out. No cycles between them, and nothing
 * outside the store runs its SQL through the store's plumbing. Each rule is checked on the store
 * and, to prove it can fail, on a planted store in test sources that breaks it.
 */
class StorePackagesTest {
    private static final String STORE = "org.detente.store";
    private static final String PLANTED = "org.detente.app.architecture.planted";

    private static JavaClasses production;
    private static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.detente");
        planted = new ClassFileImporter().importPackages(PLANTED);
    }

    private static ArchRule hasNoCyclesBetweenPackages(String store) {
        return slices().matching(store + ".(*)..").should().beFreeOfCycles()
                .because("each package of the store can be read, and changed, knowing only those below it");
    }

    private static ArchRule layers(String store) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("transfer").definedBy(store + ".transfer..")
                .layer("database").definedBy(store + ".database..")
                .layer("ledger").definedBy(store + ".ledger..")
                .layer("access").definedBy(store + ".access..")
                .layer("audit").definedBy(store + ".audit..")
                .layer("jdbc").definedBy(store + ".jdbc..")
                .withOptionalLayers(true)
                .whereLayer("transfer").mayNotBeAccessedByAnyLayer()
                .whereLayer("database").mayOnlyBeAccessedByLayers("transfer")
                .whereLayer("ledger").mayOnlyBeAccessedByLayers("database", "transfer")
                .whereLayer("access").mayOnlyBeAccessedByLayers("database", "transfer")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("ledger", "access", "database", "transfer")
                .whereLayer("jdbc").mayOnlyBeAccessedByLayers("audit", "ledger", "access", "database", "transfer")
                .because("the database assembles the stores and the transfer uses them; no store knows either");
    }

    private static ArchRule onlyTheStoreUsesItsPlumbing(String store) {
        return noClasses().that().resideOutsideOfPackage(store + "..")
                .should().dependOnClassesThat().haveFullyQualifiedName(store + ".jdbc.Jdbc")
                .because("the faces use the stores, which keep their SQL to themselves");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("no cycles between the store's packages",
                        (Function<String, ArchRule>) StorePackagesTest::hasNoCyclesBetweenPackages, "LedgerTable"),
                Arguments.of("jdbc → audit → ledger, access → database → transfer",
                        (Function<String, ArchRule>) StorePackagesTest::layers, "Jdbc.rowsOfTheLedger"),
                Arguments.of("only the store uses its JDBC plumbing",
                        (Function<String, ArchRule>) StorePackagesTest::onlyTheStoreUsesItsPlumbing, "RunsItsOwnSql"));
    }

    @ParameterizedTest(name = "the store keeps the rule: {0}")
    @MethodSource("rules")
    void the_store_keeps_the_rule(String name, Function<String, ArchRule> rule, String plantedClass) {
        rule.apply(STORE).check(production);
    }

    @ParameterizedTest(name = "a planted store breaks the rule: {0}")
    @MethodSource("rules")
    void a_planted_store_breaks_the_rule(String name, Function<String, ArchRule> rule, String plantedClass) {
        assertThatThrownBy(() -> rule.apply(PLANTED + ".store").check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(plantedClass);
    }
}
