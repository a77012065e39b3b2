package com.cartwise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The boundaries of docs/ARCHITECTURE.md as ArchUnit rules. Each takes the package names it
 * guards, so that the same rule runs against the real code and against fixtures that break it:
 * a rule is only trusted once it has been seen to bite. ArchUnit's fail-on-empty stays on, so a
 * rule whose packages match nothing fails instead of passing in silence.
 */
public final class ArchitectureRules {
    /** What the core must never see. java.sql is inside java.., so only this rule keeps JDBC out. */
    static final List<String> FRAMEWORKS =
            List.of("io.micronaut..", "io.grpc..", "com.google.protobuf..", "java.sql..", "jakarta..", "com.fasterxml..");
    /** The libraries behind the generated gRPC stubs. */
    static final List<String> GRPC_LIBRARIES = List.of("io.grpc..", "com.google.protobuf..");

    private ArchitectureRules() {
    }

    public static ArchRule domainDependsOnlyOnJavaAndItself(String domain) {
        return classes().that().resideInAPackage(domain + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain + "..")
                .because("the domain is plain Java that can be read and tested without starting anything");
    }

    public static ArchRule applicationDependsOnlyOnDomainAndJava(String application, String domain) {
        return classes().that().resideInAPackage(application + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain + "..", application + "..")
                .because("use cases know the domain and nothing else; bootstrap wires them");
    }

    public static ArchRule coreUsesNoFrameworks(String... corePackages) {
        return noClasses().that().resideInAnyPackage(subtrees(corePackages))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS.toArray(String[]::new))
                .because("Micronaut, gRPC, JDBC and Jackson belong in the adapters");
    }

    /** No adapter imports another: the REST adapter reaching into persistence would bypass the use cases. */
    public static ArchRule adaptersDoNotDependOnEachOther(String... adapters) {
        List<ArchRule> rules = new ArrayList<>();
        for (String adapter : adapters) {
            String[] others = Arrays.stream(adapters).filter(a -> !a.equals(adapter)).map(a -> a + "..").toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("adapters meet only through the application's ports"));
        }
        CompositeArchRule composite = CompositeArchRule.of(rules.getFirst());
        for (ArchRule rule : rules.subList(1, rules.size())) {
            composite = composite.and(rule);
        }
        return composite;
    }

    /** Within {@code root}, only the adapters themselves and bootstrap may see adapter classes. */
    public static ArchRule onlyBootstrapSeesAdapters(String root, String bootstrap, String... adapters) {
        List<String> allowed = new ArrayList<>(List.of(subtrees(adapters)));
        allowed.add(bootstrap + "..");
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(allowed.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(subtrees(adapters))
                .because("only bootstrap wires adapters into the application");
    }

    /** Within {@code root}, generated proto classes and the gRPC libraries stay in the stubs and the gRPC adapter. */
    public static ArchRule protoStaysInTheGrpcAdapter(String root, String proto, String grpcAdapter) {
        List<String> forbidden = new ArrayList<>(GRPC_LIBRARIES);
        forbidden.add(proto + "..");
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(proto + "..", grpcAdapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because("the public gRPC API is mapped to the domain in one place, the gRPC adapter");
    }

    /**
     * An adapter plugs into the core only through a port: an interface of the core that an
     * adapter class implements must live in the {@code port} package, so that every port can be
     * found by looking in one place.
     */
    public static ArchRule adaptersImplementOnlyPorts(String portPackage, List<String> core, String... adapters) {
        String[] corePackages = subtrees(core.toArray(String[]::new));
        ArchCondition<JavaClass> implementOnlyPorts = new ArchCondition<>("implement only core interfaces of " + portPackage) {
            @Override
            public void check(JavaClass adapter, ConditionEvents events) {
                for (JavaClass implemented : adapter.getAllRawInterfaces()) {
                    boolean fromCore = Arrays.stream(corePackages)
                            .anyMatch(p -> implemented.getPackageName().startsWith(p.substring(0, p.length() - 2)));
                    if (fromCore && !implemented.getPackageName().equals(portPackage)) {
                        events.add(SimpleConditionEvent.violated(adapter, "<" + adapter.getName() + "> implements "
                                + implemented.getName() + ", which is not in " + portPackage));
                    }
                }
            }
        };
        return classes().that().resideInAnyPackage(subtrees(adapters)).should(implementOnlyPorts)
                .because("ports are the only doors between the core and the adapters, and live where they can be seen");
    }

    /** Every package of the module, its root package included, is a slice; no two may depend on each other. */
    public static ArchRule modulePackagesAreFreeOfCycles(String module) {
        return slices().assignedFrom(new PackagesOf(module)).should().beFreeOfCycles();
    }

    private static String[] subtrees(String... packages) {
        return Arrays.stream(packages).map(p -> p + "..").toArray(String[]::new);
    }

    /**
     * One slice per package below the module root, named relative to it. The usual pattern
     * {@code module.(*)..} would miss the root package and any cycle between sub-sub-packages.
     */
    private record PackagesOf(String module) implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals(module)) {
                return SliceIdentifier.of("(root)");
            }
            return pkg.startsWith(module + ".") ? SliceIdentifier.of(pkg.substring(module.length() + 1)) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of " + module;
        }
    }
}
