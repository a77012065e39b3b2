package com.cartwise.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.archfixtures.application.PlainUseCase;
import com.cartwise.archfixtures.application.UseCaseThatCallsAnAdapter;
import com.cartwise.archfixtures.application.UseCaseThatKnowsJdbc;
import com.cartwise.archfixtures.bootstrap.Wiring;
import com.cartwise.archfixtures.domain.CleanValue;
import com.cartwise.archfixtures.domain.LeakyDomainService;
import com.cartwise.archfixtures.domain.cycle.a.Alpha;
import com.cartwise.archfixtures.domain.cycle.b.Beta;
import com.cartwise.archfixtures.grpc.ProtoMapper;
import com.cartwise.archfixtures.persistence.RepositoryPosingAsUseCase;
import com.cartwise.archfixtures.persistence.SomeRepository;
import com.cartwise.archfixtures.rest.ControllerReachingPersistence;
import com.cartwise.archfixtures.rest.RestThatUsesProto;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule, pointed at fixtures that break it, reports the offending class and
 * only it: a rule that cannot fail protects nothing.
 */
class ArchitectureRulesBiteTest {
    private static final String FIXTURES = "com.cartwise.archfixtures";
    private static final String DOMAIN = FIXTURES + ".domain";
    private static final String APPLICATION = FIXTURES + ".application";
    private static final String PERSISTENCE = FIXTURES + ".persistence";
    private static final String REST = FIXTURES + ".rest";
    private static final String GRPC = FIXTURES + ".grpc";
    private static final String BOOTSTRAP = FIXTURES + ".bootstrap";

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    void domainRuleCatchesAFrameworkInTheDomain() {
        assertCaught(ArchitectureRules.domainDependsOnlyOnJavaAndItself(DOMAIN), List.of(LeakyDomainService.class),
                List.of(CleanValue.class, Alpha.class, Beta.class));
    }

    @Test
    void applicationRuleCatchesAUseCaseThatCallsAnAdapter() {
        assertCaught(ArchitectureRules.applicationDependsOnlyOnDomainAndJava(APPLICATION, DOMAIN),
                List.of(UseCaseThatCallsAnAdapter.class), List.of(PlainUseCase.class, UseCaseThatKnowsJdbc.class));
    }

    @Test
    void frameworkRuleCatchesJdbcThatTheDependencyRulesLetThrough() {
        assertCaught(ArchitectureRules.coreUsesNoFrameworks(DOMAIN, APPLICATION),
                List.of(LeakyDomainService.class, UseCaseThatKnowsJdbc.class), List.of(CleanValue.class, PlainUseCase.class));
    }

    @Test
    void adapterRuleCatchesRestReachingIntoPersistence() {
        assertCaught(ArchitectureRules.adaptersDoNotDependOnEachOther(PERSISTENCE, REST, GRPC),
                List.of(ControllerReachingPersistence.class), List.of(RestThatUsesProto.class, ProtoMapper.class));
    }

    @Test
    void bootstrapRuleCatchesAdaptersSeenOutsideBootstrap() {
        assertCaught(ArchitectureRules.onlyBootstrapSeesAdapters(FIXTURES, BOOTSTRAP, PERSISTENCE, REST, GRPC),
                List.of(UseCaseThatCallsAnAdapter.class), List.of(Wiring.class, ControllerReachingPersistence.class));
    }

    @Test
    void portRuleCatchesAnAdapterImplementingAnInterfaceOutsideThePortPackage() {
        assertCaught(ArchitectureRules.adaptersImplementOnlyPorts(APPLICATION + ".port", List.of(DOMAIN, APPLICATION),
                        PERSISTENCE, REST, GRPC),
                List.of(RepositoryPosingAsUseCase.class), List.of(SomeRepository.class, ControllerReachingPersistence.class));
    }

    @Test
    void protoRuleCatchesProtoMessagesOutsideTheGrpcAdapter() {
        assertCaught(ArchitectureRules.protoStaysInTheGrpcAdapter(FIXTURES, "com.cartwise.proto", GRPC),
                List.of(RestThatUsesProto.class), List.of(ProtoMapper.class, Wiring.class));
    }

    @Test
    void cycleRuleCatchesTwoPackagesThatNeedEachOther() {
        EvaluationResult result = ArchitectureRules.modulePackagesAreFreeOfCycles(DOMAIN).evaluate(fixtures);

        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(Alpha.class.getName()) && report.contains(Beta.class.getName()), report);
    }

    @Test
    void cycleRulePassesAModuleWithoutCycles() {
        assertFalse(ArchitectureRules.modulePackagesAreFreeOfCycles(APPLICATION).evaluate(fixtures).hasViolation());
    }

    @Test
    void aRuleWhosePackagesMatchNothingFails() {
        AssertionError dependencyRule = assertThrows(AssertionError.class,
                () -> ArchitectureRules.domainDependsOnlyOnJavaAndItself(FIXTURES + ".nowhere").check(fixtures));
        AssertionError cycleRule = assertThrows(AssertionError.class,
                () -> ArchitectureRules.modulePackagesAreFreeOfCycles(FIXTURES + ".nowhere").check(fixtures));

        assertTrue(dependencyRule.getMessage().contains("failed to check any classes"), dependencyRule.getMessage());
        assertTrue(cycleRule.getMessage().contains("failed to check any classes"), cycleRule.getMessage());
    }

    /**
     * The rule reports every offender, and no innocent as the origin of a violation (an innocent
     * may still be named as the target of an offender's dependency).
     */
    private static void assertCaught(ArchRule rule, List<Class<?>> offenders, List<Class<?>> innocents) {
        EvaluationResult result = rule.evaluate(fixtures);

        assertTrue(result.hasViolation(), rule.getDescription());
        List<String> origins = result.getFailureReport().getDetails().stream().map(ArchitectureRulesBiteTest::origin).toList();
        String report = result.getFailureReport().toString();
        for (Class<?> offender : offenders) {
            assertTrue(origins.stream().anyMatch(o -> isIn(o, offender)), offender.getSimpleName() + " not reported:\n" + report);
        }
        for (Class<?> innocent : innocents) {
            assertTrue(origins.stream().noneMatch(o -> isIn(o, innocent)), innocent.getSimpleName() + " wrongly reported:\n" + report);
        }
    }

    /** A violation reads "Method <origin.member(..)> calls method <target>": the first bracketed name is where it starts. */
    private static String origin(String detail) {
        int open = detail.indexOf('<');
        return open < 0 ? detail : detail.substring(open + 1, detail.indexOf('>', open));
    }

    private static boolean isIn(String origin, Class<?> type) {
        return origin.equals(type.getName()) || origin.startsWith(type.getName() + ".") || origin.startsWith(type.getName() + "$");
    }
}
