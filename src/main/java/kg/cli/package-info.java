/**
 * The command line ({@code java -jar target/kg.jar}): one picocli command class per subcommand. Errors are
 * one line on standard error naming the file or argument, with exit code 1 (input) or 2 (usage).
 */
package kg.cli;
