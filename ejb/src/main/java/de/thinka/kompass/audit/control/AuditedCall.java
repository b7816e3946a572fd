package de.thinka.kompass.audit.control;

import de.thinka.kompass.audit.boundary.AuditObject;
import de.thinka.kompass.audit.boundary.AuditSubject;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How an audited call is read: its action name and the object it acted on. Pure, so it is tested without a
 * container; the parameter annotations of a method are looked up once.
 */
public final class AuditedCall {

    /** Longest object id the trail stores. */
    public static final int ID_MAX = 40;
    private static final Map<Method, Optional<Parameter>> OBJECT_PARAMETERS = new ConcurrentHashMap<>();

    private record Parameter(int index, String type) {
    }

    private AuditedCall() {
    }

    /** {@code "ticket.*"} with a first enum argument {@code NO_SHOW} gives {@code ticket.no-show}. */
    public static String action(String declared, Object[] arguments) {
        if (!declared.endsWith(".*")) {
            return declared;
        }
        String stem = declared.substring(0, declared.length() - 1);
        for (Object argument : arguments) {
            if (argument instanceof Enum<?> constant) {
                return stem + constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        }
        return stem + "unknown";
    }

    /**
     * The object of the call: the result if it is a subject (or an Optional of one), else the parameter marked
     * {@link AuditObject}. Empty when the call says nothing about an object.
     */
    public static Optional<AuditSubject> subject(Method method, Object[] arguments, Object result) {
        Object value = result instanceof Optional<?> optional ? optional.orElse(null) : result;
        if (value instanceof AuditSubject subject) {
            return Optional.of(subject);
        }
        return OBJECT_PARAMETERS.computeIfAbsent(method, AuditedCall::objectParameter)
                .filter(parameter -> arguments[parameter.index()] != null)
                .map(parameter -> AuditSubject.of(parameter.type(),
                        shorten(String.valueOf(arguments[parameter.index()])), null));
    }

    /** Whether the call did nothing worth recording: it answered an empty Optional. */
    public static boolean nothingHappened(Object result) {
        return result instanceof Optional<?> optional && optional.isEmpty();
    }

    static String shorten(String id) {
        return id.length() <= ID_MAX ? id : id.substring(0, ID_MAX);
    }

    private static Optional<Parameter> objectParameter(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof AuditObject object) {
                    return Optional.of(new Parameter(i, object.value()));
                }
            }
        }
        return Optional.empty();
    }
}
