package fi.vertaistyo.participant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules a reviewer would otherwise have to remember. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.vertaistyo.participant");

    static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        methods().that(isEndpoint()).should(declareRoles()).check(CLASSES);
    }

    @Test
    void entitiesAreNeverApiBodies() {
        noMethods().that(isEndpoint()).should(returnEntity()).check(CLASSES);
    }

    @Test
    void noCodeOfAnotherServiceIsUsed() {
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("fi.vertaistyo..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("fi.vertaistyo.participant.."))))
                .check(CLASSES);
    }

    static com.tngtech.archunit.base.DescribedPredicate<JavaMethod> isEndpoint() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("are HTTP endpoints",
                m -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith));
    }

    static ArchCondition<JavaMethod> declareRoles() {
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

    static ArchCondition<JavaMethod> returnEntity() {
        return new ArchCondition<>("return a JPA entity") {
            @Override
            public void check(JavaMethod m, ConditionEvents events) {
                boolean entity = m.getRawReturnType().isAnnotatedWith(Entity.class);
                events.add(new SimpleConditionEvent(m, entity, m.getFullName() + " returns an entity"));
            }
        };
    }
}
