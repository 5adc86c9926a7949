# Build the jar with the Maven wrapper, then run it on a JRE. Tests are skipped here:
# CI runs them (./mvnw -B verify).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package && cp target/newsdesk-*.jar /newsdesk.jar

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /newsdesk.jar /app/newsdesk.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/newsdesk.jar"]
