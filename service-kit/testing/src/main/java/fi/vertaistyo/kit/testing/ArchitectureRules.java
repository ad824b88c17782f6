package fi.vertaistyo.kit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The rules every service checks itself against (its ArchitectureTest), written once so they
 * cannot drift. {@code root} is the service's package, e.g. {@code fi.vertaistyo.scheduling}.
 */
public final class ArchitectureRules {

    public static final String KIT = "fi.vertaistyo.kit";

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    private ArchitectureRules() {
    }

    /** Deny by default: an endpoint without a role annotation is a mistake, not an open door. */
    public static ArchRule everyEndpointDeclaresWhoMayCallIt() {
        return methods().that(areEndpoints()).should(declareRoles());
    }

    public static ArchRule entitiesAreNeverApiBodies() {
        return noMethods().that(areEndpoints()).should(returnAnEntity());
    }

    /** Services share no domain code: only their own packages and the domain-free kit. */
    public static ArchRule usesNoCodeOfAnotherService(String root) {
        return noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("fi.vertaistyo..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(root + "..")))
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(KIT + ".."))));
    }

    /** The kit knows no domain: nothing in it may use a class outside it. */
    public static ArchRule kitImportsNoService() {
        return noClasses().that().resideInAPackage(KIT + "..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("fi.vertaistyo..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(KIT + ".."))))
                .because("the kit is domain-free plumbing every service may use (docs/adr/0014)");
    }

    /** Feature packages depend on each other one way only. */
    public static ArchRule featurePackagesFormNoCycle(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    private static DescribedPredicate<JavaMethod> areEndpoints() {
        return DescribedPredicate.describe("are HTTP endpoints", m -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith));
    }

    private static ArchCondition<JavaMethod> declareRoles() {
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll") {
            @Override
            public void check(JavaMethod m, ConditionEvents events) {
                boolean declared = m.isAnnotatedWith(RolesAllowed.class) || m.isAnnotatedWith(PermitAll.class)
                        || m.isAnnotatedWith(DenyAll.class) || m.getOwner().isAnnotatedWith(RolesAllowed.class)
                        || m.getOwner().isAnnotatedWith(DenyAll.class);
                events.add(new SimpleConditionEvent(m, declared, m.getFullName() + " has no role annotation"));
            }
        };
    }

    private static ArchCondition<JavaMethod> returnAnEntity() {
        return new ArchCondition<>("return a JPA entity") {
            @Override
            public void check(JavaMethod m, ConditionEvents events) {
                boolean entity = m.getRawReturnType().isAnnotatedWith(Entity.class);
                events.add(new SimpleConditionEvent(m, entity, m.getFullName() + " returns an entity"));
            }
        };
    }
}
