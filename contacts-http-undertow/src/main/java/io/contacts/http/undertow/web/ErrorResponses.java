package io.contacts.http.undertow.web;

import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.DuplicateClientNameException;
import io.contacts.domain.model.DuplicateEmailException;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.model.StorageUnavailableException;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.model.ValidationException;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Driving adapter rule, the one place for it: the status and body for every domain outcome and every refused
 * input. Messages are the domain's or the transport's own sentences — never an exception's class, stack trace
 * or anything from below the domain; the unexpected is logged with the request id and answered with a generic 500.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    static final String UNAVAILABLE = "The service is temporarily unavailable; please try again shortly";

    private ErrorResponses() {
    }

    /** The answer to a failure: a status, and either a message or the list of validation errors. */
    public record Answer(int status, String message, List<String> errors, Map<String, String> headers) {

        static Answer message(int status, String message) {
            return new Answer(status, message, List.of(), Map.of());
        }

        static Answer errors(List<String> errors) {
            return new Answer(422, null, errors, Map.of());
        }
    }

    public static Answer answerFor(Throwable failure, String requestId) {
        if (failure instanceof HttpProblem problem) {
            return new Answer(problem.status(), problem.getMessage(), List.of(), problem.headers());
        }
        if (failure instanceof ValidationException invalid) {
            return Answer.errors(invalid.messages());
        }
        if (failure instanceof NotFoundException) {
            return Answer.message(404, failure.getMessage());
        }
        if (failure instanceof StaleVersionException) {
            return Answer.message(412, failure.getMessage() + " (If-Match does not match its current ETag);"
                    + " nothing was changed");
        }
        if (failure instanceof ClientHasContactsException) {
            return Answer.message(400, failure.getMessage());
        }
        // The services turn these port signals into validation errors; should one slip through, it still is one.
        if (failure instanceof DuplicateClientNameException) {
            return Answer.errors(List.of("Name has already been taken"));
        }
        if (failure instanceof UnknownClientException) {
            return Answer.errors(List.of("Client does not exist"));
        }
        if (failure instanceof DuplicateEmailException) {
            return Answer.errors(List.of("Email has already been taken"));
        }
        if (failure instanceof StorageUnavailableException) {
            return Answer.message(503, UNAVAILABLE);
        }
        return Answer.message(500, "Internal server error; please quote request id " + requestId);
    }

    /** Answers the failure, or, when part of a response already left, cuts the connection so it cannot pass as whole. */
    public static void send(ApiExchange<?> request, Throwable failure, String requestId) {
        if (request.handedOver()) {
            // The client has its whole answer, or Undertow is sending it; what failed came afterwards (closing a
            // list's cursor, the server stopping underneath). Nothing to tell anyone.
            LOG.debug("Request {} failed after its response was complete", requestId, failure);
            return;
        }
        log(failure, requestId);
        if (request.committed()) {
            LOG.warn("Request {} failed after its response had started; closing the connection", requestId);
            abort(request.exchange());
            return;
        }
        request.reset();
        Answer answer = answerFor(failure, requestId);
        answer.headers().forEach(request::responseHeader);
        try {
            request.send(answer.status(), out -> request.format().error(answer, out));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Request {}: could not send the error response", requestId, e);
            abort(request.exchange());
        }
    }

    private static void log(Throwable failure, String requestId) {
        if (failure instanceof IOException) {
            // Mostly a client that went away mid-request: worth a line, not a stack trace.
            LOG.info("Request {}: connection problem: {}", requestId, failure.toString());
        } else if (failure instanceof StorageUnavailableException) {
            // During an outage every request fails alike: one line each, the trace only for whoever asks for it.
            LOG.warn("Request {}: storage unavailable: {}", requestId, rootCause(failure));
            LOG.debug("Request {}: storage unavailable", requestId, failure);
        } else if (!(failure instanceof HttpProblem) && !isDomainOutcome(failure)) {
            LOG.error("Request {} failed unexpectedly", requestId, failure);
        }
    }

    /** The innermost cause, which says what the database or the pool reported. */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    private static boolean isDomainOutcome(Throwable failure) {
        return failure instanceof io.contacts.domain.model.DomainException;
    }

    private static void abort(HttpServerExchange exchange) {
        try {
            exchange.getConnection().close();
        } catch (IOException e) {
            LOG.debug("closing a broken connection failed", e);
        }
    }
}
