package kg.cli;

import java.util.function.Function;
import picocli.CommandLine;

/** Parses an option with the value type's own parser; a wrong value is a usage error naming the choices. */
abstract class ParsingConverter<T> implements CommandLine.ITypeConverter<T> {
    private final Function<String, T> parser;

    ParsingConverter(Function<String, T> parser) {
        this.parser = parser;
    }

    @Override
    public T convert(String value) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
