# Kulant from the jar built by ./mvnw package, on Debian's Java 17 runtime (docs/operations.md, "Container image").
FROM debian:bookworm-slim
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data kulant \
    && mkdir -p /data /app && chown kulant /data
COPY target/kulant-*-SNAPSHOT.jar /app/kulant.jar
USER kulant
ENV KULANT_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s \
    CMD curl -fs http://127.0.0.1:8080/actuator/health/liveness || exit 1
# exec form: SIGTERM reaches Java, which then shuts down gracefully
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/kulant.jar"]
