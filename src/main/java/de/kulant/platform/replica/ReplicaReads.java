package de.kulant.platform.replica;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where a read-only transaction gets its connection: from the standby for a page view while the standby is healthy,
 * otherwise from the primary. A standby that does not answer is marked down at once, and the page reads the primary.
 */
class ReplicaReads extends AbstractDataSource {

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaHealth health;

    ReplicaReads(DataSource primary, DataSource replica, ReplicaHealth health) {
        this.primary = primary;
        this.replica = replica;
        this.health = health;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!ReplicaScope.isOpen() || !health.usable()) {
            return primary.getConnection();
        }
        Connection connection = null;
        try {
            connection = replica.getConnection();
            // a pooled connection outlives a stopped standby; one round trip finds out before the page's query does
            if (connection.isValid(1)) {
                return connection;
            }
            connection.close();
            health.down(new SQLException("the standby closed its connections"));
            return primary.getConnection();
        } catch (SQLException down) {
            if (connection != null) {
                connection.close();
            }
            health.down(down);
            return primary.getConnection();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Kulant's read routing uses the pools' own credentials");
    }
}
