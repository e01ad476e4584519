package de.kulant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Kulant: receivables management and humane debt collection for online shops. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class KulantApplication {

    public static void main(String[] args) {
        SpringApplication.run(KulantApplication.class, args);
    }
}
