package de.kulant.law;

import java.time.LocalDate;
import java.time.Period;

/** Something that changes the running of limitation. */
public sealed interface LimitationEvent {

    LocalDate on();

    /** An event that stops the clock from {@link #on()} through {@link #suspendedUntil()} (§209 BGB). */
    sealed interface Suspension extends LimitationEvent {

        /** The last day of suspension; null while it has no known end. */
        LocalDate suspendedUntil();

        /** The paragraph that suspends. */
        String basis();
    }

    /** §212 Abs. 1 BGB: a partial payment, interest payment or acknowledgement restarts limitation. */
    record Restart(LocalDate on, String what) implements LimitationEvent {
    }

    /**
     * §204 Abs. 1 Nr. 3, Abs. 2 BGB: serving a court payment order suspends limitation until six months after
     * the procedure ends; {@code procedureEnded} is null while it is still running.
     */
    record CourtDunningApplication(LocalDate on, LocalDate procedureEnded) implements Suspension {

        @Override
        public LocalDate suspendedUntil() {
            return procedureEnded == null ? null : procedureEnded.plus(Period.ofMonths(6));
        }

        @Override
        public String basis() {
            return "§§204 Abs. 1 Nr. 3, Abs. 2, 209 BGB";
        }
    }

    /** §205 BGB: while a deferral agreement lets the debtor refuse payment, limitation is suspended. */
    record Deferral(LocalDate on, LocalDate until) implements Suspension {

        @Override
        public LocalDate suspendedUntil() {
            return until;
        }

        @Override
        public String basis() {
            return "§§205, 209 BGB";
        }
    }

    /** §197 Abs. 1 Nr. 3, §201 BGB: a final title (e.g. Vollstreckungsbescheid) runs for 30 years. */
    record Title(LocalDate on) implements LimitationEvent {
    }
}
