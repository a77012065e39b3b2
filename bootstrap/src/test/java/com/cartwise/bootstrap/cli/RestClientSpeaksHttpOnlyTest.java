package com.cartwise.bootstrap.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line's REST client ships in the REST adapter's module but is no part of the server:
 * it speaks HTTP (java.net.http) and reads JSON trees, and never touches the controllers, the file
 * formats, the use cases or a Micronaut context.
 */
class RestClientSpeaksHttpOnlyTest {
    private static final String CLIENT = "com.cartwise.rest.client";
    private static JavaClasses restModule;

    @BeforeAll
    static void importTheRestModule() {
        restModule = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.cartwise.rest", "com.cartwise.formats");
    }

    static ArchRule speaksHttpAndJsonOnly(String client) {
        return classes().that().resideInAPackage(client + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", client + "..", "com.fasterxml.jackson.core..",
                        "io.micronaut.json.tree..", "io.micronaut.jackson.core.tree..")
                .because("the command line's client runs in any JVM, knowing the server only by its HTTP API");
    }

    @Test
    void theRestClientDependsOnTheJdkAndAJsonTreeReaderOnly() {
        speaksHttpAndJsonOnly(CLIENT).check(restModule);
    }

    @Test
    void theRuleBitesOnTheControllers() {
        assertThrows(AssertionError.class, () -> speaksHttpAndJsonOnly("com.cartwise.rest.imports").check(restModule));
    }
}
