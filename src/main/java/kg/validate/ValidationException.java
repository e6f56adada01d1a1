package kg.validate;

/** An issue's graph broke a shape: the message names the node, the shape and what is wrong. */
public class ValidationException extends RuntimeException {
    public ValidationException(String message) {
        super(message);
    }
}
