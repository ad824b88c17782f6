package fi.vertaistyo.scheduling.deskdutyversion;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The version of what one partner agency sees. Writers raise it in their own transaction, so a
 * reader that sees the old number also sees the old schedule, on every replica: a cached answer is
 * valid exactly while the number is unchanged. No dependencies on other packages, so the peer and
 * location code can raise it too.
 */
@ApplicationScoped
public class DeskDutyVersions {

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    DeskDutyVersions(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(String organisation, String agency) {
        em.createNativeQuery("""
                insert into desk_duty_version (organisation, agency_code, version) values (?1, ?2, 1)
                on conflict (organisation, agency_code) do update set version = desk_duty_version.version + 1""")
                .setParameter(1, organisation).setParameter(2, agency).executeUpdate();
    }

    /** Every agency of the organisation, e.g. when a guide's display name changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raiseAll(String organisation) {
        em.createNativeQuery("update desk_duty_version set version = version + 1 where organisation = ?1")
                .setParameter(1, organisation).executeUpdate();
    }

    /** The current number (0 before any change); plain JDBC, no transaction: the partner API's hot path. */
    public long current(String organisation, String agency) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select version from desk_duty_version where organisation = ? and agency_code = ?")) {
            s.setString(1, organisation);
            s.setString(2, agency);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("desk-duty version unavailable", e);
        }
    }
}
