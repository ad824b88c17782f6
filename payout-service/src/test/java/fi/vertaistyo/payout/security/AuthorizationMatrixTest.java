package fi.vertaistyo.payout.security;

import fi.vertaistyo.kit.testing.AuthorizationMatrixTests;
import io.quarkus.test.junit.QuarkusTest;

/** src/test/resources/authorization-matrix.csv, every role and bad token against every operation (see the kit). */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixTests {
}
