package de.kulant.law;

import java.time.LocalDate;

/** Something that changes the running of limitation. */
public sealed interface LimitationEvent {

    LocalDate on();

    /** §212 Abs. 1 Nr. 1 BGB: a partial payment, interest payment or acknowledgement restarts limitation. */
    record Restart(LocalDate on, String what) implements LimitationEvent {
    }

    /**
     * §204 Abs. 1 Nr. 3, Abs. 2 BGB: a court dunning application suspends limitation until six months
     * after the procedure ends; {@code procedureEnded} is null while it is still running.
     */
    record CourtDunningApplication(LocalDate on, LocalDate procedureEnded) implements LimitationEvent {
    }

    /** §205 BGB: while a deferral agreement lets the debtor refuse payment, limitation is suspended. */
    record Deferral(LocalDate on, LocalDate until) implements LimitationEvent {
    }

    /** §197 Abs. 1 Nr. 3, §201 BGB: a final title (e.g. Vollstreckungsbescheid) runs for 30 years. */
    record Title(LocalDate on) implements LimitationEvent {
    }
}
