package org.detente.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers inside the app (docs/architecture.md): the faces (cli, http, web, report, feed and the
 * server that puts http and web side by side) ask the use cases, which ask the services and the
 * core; nothing below a face knows one. Faces do not call each other, except what is declared
 * here: the web shares the HTTP adapter (the question, the failure table), every face words an
 * entry with the one {@code EntryWords}, the command line starts the server and writes briefings,
 * the API serves the feeds. The app's packages have no cycles. Each rule is checked on the app and,
 * to prove it can fail, on a planted application in test sources that breaks it.
 */
class AppLayersTest {
    private static final String APP = "org.detente.app";
    private static final String PLANTED = "org.detente.app.architecture.planted.layers";
    private static final List<String> FACES = List.of("cli", "http", "web", "report", "feed", "server");

    private static JavaClasses production;
    private static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(APP);
        planted = new ClassFileImporter().importPackages(PLANTED);
    }

    private static String[] faces(String root) {
        return FACES.stream().map(face -> root + "." + face + "..").toArray(String[]::new);
    }

    /** Faces → use cases → services (and the core, which knows no app package: ArchitectureTest). */
    private static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("faces").definedBy(faces(root))
                .layer("use cases").definedBy(root + ".usecase..")
                .layer("services").definedBy(root + ".service..")
                .whereLayer("faces").mayNotBeAccessedByAnyLayer()
                .whereLayer("use cases").mayOnlyBeAccessedByLayers("faces")
                .whereLayer("services").mayOnlyBeAccessedByLayers("faces", "use cases")
                .because("a face parses, asks a use case and renders; nothing below it knows a face");
    }

    /** No face depends on another, except the declared sharing ({@link #declared}). */
    private static ArchRule facesCallNoOtherFace(String root) {
        return classes().that().resideInAnyPackage(faces(root)).should(new ArchCondition<>("call no other face "
                + "except the declared sharing") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = faceOf(root, origin).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> to = faceOf(root, target);
                    if (to.isPresent() && !to.get().equals(from) && !declared(from, to.get(), outer(target))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).because("faces share only what is declared, so a new face does not grow into an old one");
    }

    private static ArchRule hasNoPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** What one face may use of another. */
    private static boolean declared(String from, String to, String simpleName) {
        if (to.equals("report") && Set.of("EntryWords", "GapWords").contains(simpleName)) {
            return true; // the one wording of an entry and of a headline gap, for every face
        }
        return switch (from) {
            case "web" -> to.equals("http") && Set.of("QuestionParams", "FailureTable", "ApiException", "FieldError")
                    .contains(simpleName); // the web shares the HTTP adapter: the question and the failures
            case "cli" -> to.equals("server") || to.equals("report") // serve, and write briefings
                    || to.equals("http") && Set.of("ApiServices", "ApiSettings", "ServerMetrics").contains(simpleName);
            case "server" -> to.equals("http") || to.equals("web"); // the two faces served over HTTP, side by side
            case "http" -> to.equals("feed"); // the API serves the feeds
            default -> false;
        };
    }

    private static Optional<String> faceOf(String root, JavaClass type) {
        String name = type.getPackageName();
        return FACES.stream().filter(face -> name.equals(root + "." + face) || name.startsWith(root + "." + face + "."))
                .findFirst();
    }

    private static String outer(JavaClass type) {
        String simple = type.getName().substring(type.getPackageName().length() + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("faces → use cases → services", (Function<String, ArchRule>) AppLayersTest::layers,
                        "ReachesUpIntoAFace"),
                Arguments.of("faces call no other face except the declared sharing",
                        (Function<String, ArchRule>) AppLayersTest::facesCallNoOtherFace, "CallsTheCommandLine"),
                Arguments.of("no package cycles", (Function<String, ArchRule>) AppLayersTest::hasNoPackageCycles,
                        "NeedsAUseCase"));
    }

    @ParameterizedTest(name = "the app keeps the rule: {0}")
    @MethodSource("rules")
    void the_app_keeps_the_rule(String name, Function<String, ArchRule> rule, String plantedClass) {
        rule.apply(APP).check(production);
    }

    @ParameterizedTest(name = "a planted class breaks the rule: {0}")
    @MethodSource("rules")
    void a_class_planted_to_break_the_rule_makes_it_fail(String name, Function<String, ArchRule> rule,
                                                         String plantedClass) {
        assertThatThrownBy(() -> rule.apply(PLANTED).check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(plantedClass);
    }

    @Test
    void the_web_may_use_the_http_adapter_but_nothing_else_of_the_api() {
        assertThat(declared("web", "http", "QuestionParams")).isTrue();
        assertThat(declared("web", "http", "FailureTable")).isTrue();
        assertThat(declared("web", "http", "AnalysisHandlers")).isFalse();
        assertThat(declared("web", "cli", "DetenteCli")).isFalse();
    }
}
