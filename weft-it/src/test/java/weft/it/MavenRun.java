package weft.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real Maven of the outer build in a study's folder, as a user would, against the throw-away local repository
 * that {@code invoker:install} filled with Weft (target/it-repo), the user's own repository serving as the only remote.
 */
record MavenRun(int exitCode, String log, Duration time) {

    static final String VERSION = property("weft.it.version");

    /** Runs {@code mvn -B ARGS} in {@code folder}; the log is also kept in {@code folder/../NAME.log}. */
    static MavenRun in(Path folder, String logName, String... args) {
        List<String> command = new ArrayList<>(List.of(maven().toString(), "-B", "-ntp",
                "-s", settings().toString(), "-Dmaven.repo.local=" + property("weft.it.repo")));
        command.addAll(List.of(args));
        Path log = folder.getParent().resolve(logName + ".log");
        long start = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("mvn " + String.join(" ", args) + " did not finish in 5 minutes: " + log);
            }
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            return new MavenRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts {@code mvn -B ARGS} in {@code folder} without waiting (a goal that runs until stopped); its log as {@link #in}. */
    static Process start(Path folder, String logName, String... args) {
        List<String> command = new ArrayList<>(List.of(maven().toString(), "-B", "-ntp",
                "-s", settings().toString(), "-Dmaven.repo.local=" + property("weft.it.repo")));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(folder.getParent().resolve(logName + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, empty folder under target/it-studies. */
    static Path freshFolder(String name) {
        Path folder = Paths.get(property("weft.it.work")).resolve(name);
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A study's pom that declares only Weft's plugin, as docs/maven-plugin.md tells users to write it. */
    static String studyPom(String artifactId) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.weft</groupId>
                        <artifactId>weft-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals>
                              <goal>build</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(artifactId, VERSION);
    }

    private static Path maven() {
        return Paths.get(property("weft.it.mavenHome"), "bin", "mvn");
    }

    /**
     * Settings that put the outer build's local repository, read as a remote, before Maven Central: everything the outer
     * build resolved comes from there (offline-friendly), anything else from Central (a fresh machine).
     */
    private static Path settings() {
        Path settings = Paths.get(property("weft.it.work")).resolve("settings.xml");
        String xml = """
                <settings>
                  <profiles>
                    <profile>
                      <id>outer-local-repository</id>
                      <repositories>
                        <repository>
                          <id>outer-local-repository</id>
                          <url>%1$s</url>
                          <snapshots><enabled>true</enabled></snapshots>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                          <id>outer-local-repository</id>
                          <url>%1$s</url>
                          <snapshots><enabled>true</enabled></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>outer-local-repository</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(Paths.get(property("weft.it.mirror")).toUri());
        try {
            Files.createDirectories(settings.getParent());
            Files.writeString(settings, xml, StandardCharsets.UTF_8);
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the ITs with mvn verify in weft-it");
        }
        return value;
    }
}
