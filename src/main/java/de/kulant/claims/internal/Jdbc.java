package de.kulant.claims.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Binding helpers that behave the same on H2 and PostgreSQL. */
final class Jdbc {

    private Jdbc() {
    }

    static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
