package org.detente.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
 * The core is a pure fold: no clock of its own, no randomness it did not get from a seeded
 * generator, no environment, no threads, no package cycles. Each rule is checked on the core and,
 * to prove it can fail, on a class planted in test sources that breaks exactly that rule.
 */
class PurityRulesTest {
    private static final String[] CORE = {"org.detente.model..", "org.detente.ledger..", "org.detente.state..",
        "org.detente.roadmap..", "org.detente.analysis..", "org.detente.scenario..", "org.detente.simulation..",
        "org.detente.forecast.."};
    private static final String PLANTED = "org.detente.app.architecture.planted";

    private static JavaClasses production;
    private static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.detente");
        planted = new ClassFileImporter().importPackages(PLANTED);
    }

    private static ArchRule readsNoClock(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .because("time comes in through an injected Clock");
    }

    private static ArchRule drawsNoRandomnessOfItsOwn(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().callMethod(Math.class, "random")
                .because("randomness comes from a seeded Commons RNG generator handed in, so runs reproduce");
    }

    private static ArchRule readsNoEnvironment(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .because("configuration is read once in main and handed down");
    }

    private static ArchRule startsNoThreads(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ExecutorService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ForkJoinPool")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.CompletableFuture")
                .because("the faces own threads; the core may only use parallel streams, whose results do not "
                        + "depend on scheduling");
    }

    private static ArchRule hasNoPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("no clock", (Function<String[], ArchRule>) PurityRulesTest::readsNoClock),
                Arguments.of("no randomness of its own",
                        (Function<String[], ArchRule>) PurityRulesTest::drawsNoRandomnessOfItsOwn),
                Arguments.of("no environment", (Function<String[], ArchRule>) PurityRulesTest::readsNoEnvironment),
                Arguments.of("no threads", (Function<String[], ArchRule>) PurityRulesTest::startsNoThreads));
    }

    @ParameterizedTest(name = "the core keeps the rule: {0}")
    @MethodSource("rules")
    void the_core_keeps_the_rule(String name, Function<String[], ArchRule> rule) {
        rule.apply(CORE).check(production);
    }

    @ParameterizedTest(name = "a planted class breaks the rule: {0}")
    @MethodSource("rules")
    void a_class_planted_to_break_the_rule_makes_it_fail(String name, Function<String[], ArchRule> rule) {
        assertThatThrownBy(() -> rule.apply(new String[] {PLANTED + ".."}).check(planted))
                .isInstanceOf(AssertionError.class);
    }

    @org.junit.jupiter.api.Test
    void in_the_faces_only_main_reads_the_environment_and_the_system_clock() {
        // The composition root (DetenteCli.main) reads them once and hands them down.
        readsNoEnvironment("org.detente.app..").check(production.that(
                com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("DetenteCli"))));
        noClasses().that().resideInAPackage("org.detente.app..").and().doNotHaveSimpleName("DetenteCli")
                .should().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .check(production);
    }

    @org.junit.jupiter.api.Test
    void the_core_and_the_store_have_no_package_cycles_and_a_planted_cycle_is_caught() {
        hasNoPackageCycles("org.detente").check(production.that(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(concat(CORE, "org.detente.store.."))));
        assertThatThrownBy(() -> hasNoPackageCycles(PLANTED + ".cycle").check(planted))
                .isInstanceOf(AssertionError.class);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
