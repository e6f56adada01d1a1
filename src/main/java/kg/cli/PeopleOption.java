package kg.cli;

import java.nio.file.Path;
import kg.resolve.CuratedPeople;
import picocli.CommandLine.Option;

/** The {@code --people} option of every command that ingests: the curated people file. */
public final class PeopleOption {
    @Option(names = "--people", paramLabel = "FILE", defaultValue = "data/people.json",
            description = "Curated people file (default: ${DEFAULT-VALUE}; ignored when missing).")
    Path people;

    CuratedPeople read() {
        return CuratedPeople.read(people);
    }
}
