package com.cartwise.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.bootstrap.demo.DemoShopGenerator;
import com.cartwise.domain.orders.Basket;
import com.cartwise.proto.v1.CartItem;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of docs/ARCHITECTURE.md applied to every production class of Cartwise. Bootstrap sees
 * every module, so the sibling modules' classes come from their jars (or target/classes in a
 * reactor build); test classes, the fixtures that break the rules on purpose among them, stay out.
 */
class ArchitectureTest {
    static final String ROOT = "com.cartwise";
    static final String DOMAIN = "com.cartwise.domain";
    static final String APPLICATION = "com.cartwise.application";
    static final String PERSISTENCE = "com.cartwise.persistence";
    static final String REST = "com.cartwise.rest";
    /** File formats and the upload store: an adapter of its own (files), though it ships in the REST module. */
    static final String FORMATS = "com.cartwise.formats";
    /** The OpenAI copy writer: an outbound HTTP client, an adapter of its own, though it ships in the REST module. */
    static final String OPENAI = "com.cartwise.openai";
    /** The Shopify Admin API client: an adapter of its own (outbound HTTP), though it ships in the REST module. */
    static final String SHOPIFY = "com.cartwise.shopify";
    /** Per-key request budgets (Bucket4j): an adapter of its own, though it ships in the REST module. */
    static final String RATELIMIT = "com.cartwise.ratelimit";
    static final String GRPC = "com.cartwise.grpc";
    static final String PROTO = "com.cartwise.proto";
    static final String BOOTSTRAP = "com.cartwise.bootstrap";
    /** A module's test-jar (shared fakes) is test code even though it arrives as a jar. */
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.matches(TEST_JAR))
                .importPackages(ROOT);
    }

    @Test
    void importsEveryModulesProductionClassesAndNoTestClasses() {
        assertTrue(production.contain(Basket.class), "domain");
        assertTrue(production.contain(RecommendForCart.class), "application");
        assertTrue(production.contain(CartItem.class), "proto");
        assertTrue(production.contain(DemoShopGenerator.class), "bootstrap");
        assertTrue(production.stream().noneMatch(c -> c.getPackageName().startsWith("com.cartwise.archfixtures")), "fixtures");
        assertTrue(production.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "tests");
    }

    @Test
    void domainDependsOnlyOnJavaAndItself() {
        ArchitectureRules.domainDependsOnlyOnJavaAndItself(DOMAIN).check(production);
    }

    @Test
    void applicationDependsOnlyOnDomainAndJava() {
        ArchitectureRules.applicationDependsOnlyOnDomainAndJava(APPLICATION, DOMAIN).check(production);
    }

    @Test
    void domainAndApplicationUseNoFrameworkJdbcOrJson() {
        ArchitectureRules.coreUsesNoFrameworks(DOMAIN, APPLICATION).check(production);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.adaptersDoNotDependOnEachOther(PERSISTENCE, REST, FORMATS, OPENAI, SHOPIFY, RATELIMIT, GRPC).check(production);
    }

    @Test
    void onlyBootstrapSeesTheAdapters() {
        ArchitectureRules.onlyBootstrapSeesAdapters(ROOT, BOOTSTRAP, PERSISTENCE, REST, FORMATS, OPENAI, SHOPIFY, RATELIMIT, GRPC).check(production);
    }

    @Test
    void adaptersImplementOnlyThePortsOfTheApplication() {
        ArchitectureRules.adaptersImplementOnlyPorts(APPLICATION + ".port", List.of(DOMAIN, APPLICATION), PERSISTENCE, REST, FORMATS,
                        OPENAI, SHOPIFY, RATELIMIT, GRPC)
                .check(production);
    }

    @Test
    void generatedProtoClassesAndGrpcStayInTheGrpcAdapter() {
        ArchitectureRules.protoStaysInTheGrpcAdapter(ROOT, PROTO, GRPC).check(production);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DOMAIN, APPLICATION, PERSISTENCE, REST, FORMATS, OPENAI, SHOPIFY, RATELIMIT, GRPC, BOOTSTRAP})
    void packagesOfOneModuleHaveNoCycles(String module) {
        ArchitectureRules.modulePackagesAreFreeOfCycles(module).check(production);
    }
}
