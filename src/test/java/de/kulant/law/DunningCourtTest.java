package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The central dunning court for an applicant's seat (§689 ZPO and the Länder's concentration). */
class DunningCourtTest {

    private static DunningCourt of(String postalCode) {
        return DunningCourt.forApplicant("DE", postalCode).orElse(null);
    }

    @Test
    void eachLandSendsItsApplicantsToItsCentralCourt() {
        assertThat(of("80331")).as("München").isEqualTo(DunningCourt.COBURG);
        assertThat(of("70173")).as("Stuttgart").isEqualTo(DunningCourt.STUTTGART);
        assertThat(of("60311")).as("Frankfurt am Main").isEqualTo(DunningCourt.HUENFELD);
        assertThat(of("10115")).as("Berlin").isEqualTo(DunningCourt.WEDDING);
        assertThat(of("14467")).as("Potsdam: Berlin-Brandenburg").isEqualTo(DunningCourt.WEDDING);
        assertThat(of("20457")).as("Hamburg").isEqualTo(DunningCourt.HAMBURG);
        assertThat(of("18055")).as("Rostock: Hamburg's court").isEqualTo(DunningCourt.HAMBURG);
        assertThat(of("39104")).as("Magdeburg: Aschersleben").isEqualTo(DunningCourt.ASCHERSLEBEN);
        assertThat(of("99084")).as("Erfurt: Aschersleben too").isEqualTo(DunningCourt.ASCHERSLEBEN);
        assertThat(of("24103")).as("Kiel").isEqualTo(DunningCourt.SCHLESWIG);
        assertThat(of("30159")).as("Hannover").isEqualTo(DunningCourt.UELZEN);
    }

    @Test
    void northRhineWestphaliaHasTwoCourtsAndAmbiguousRegionsNeedAChoice() {
        assertThat(of("50667")).as("Köln").isEqualTo(DunningCourt.EUSKIRCHEN);
        assertThat(of("52062")).as("Aachen").isEqualTo(DunningCourt.EUSKIRCHEN);
        assertThat(of("44135")).as("Dortmund").isEqualTo(DunningCourt.HAGEN);
        assertThat(of("40213")).as("Düsseldorf").isEqualTo(DunningCourt.HAGEN);
        assertThat(DunningCourt.forApplicant("DE", "53111")).as("region 53 spans NRW and Rhineland-Palatinate")
                .isEmpty();
        assertThat(DunningCourt.forApplicant("DE", "01067")).as("region 01 spans Saxony and Brandenburg").isEmpty();
        assertThat(DunningCourt.forApplicant("DE", "")).isEmpty();
    }

    @Test
    void anApplicantAbroadGoesToWeddingAndUnknownCodesAreRefused() {
        assertThat(DunningCourt.forApplicant("AT", "1010")).contains(DunningCourt.WEDDING);
        assertThat(DunningCourt.parse("court", " hagen ")).isEqualTo(DunningCourt.HAGEN);
        assertThatThrownBy(() -> DunningCourt.parse("court", "MOND")).isInstanceOf(LawInputException.class)
                .hasMessageContaining("MOND");
    }
}
