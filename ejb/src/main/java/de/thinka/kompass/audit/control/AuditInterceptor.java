package de.thinka.kompass.audit.control;

import de.thinka.kompass.audit.boundary.AuditTrail;
import de.thinka.kompass.audit.boundary.Audited;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.reflect.Method;

/**
 * Writes the audit entry of an {@link Audited} boundary method after it returned. EJB interceptors run in the
 * method's transaction, so the entry commits with the action or not at all; the cost is one insert in a
 * transaction that is open anyway.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    AuditTrail trail;

    @AroundInvoke
    Object record(InvocationContext call) throws Exception {
        Object result = call.proceed();
        Method method = call.getMethod();
        Audited audited = method.getAnnotation(Audited.class);
        if (audited == null) {
            audited = method.getDeclaringClass().getAnnotation(Audited.class);
        }
        if (audited != null && !AuditedCall.nothingHappened(result)) {
            Object[] arguments = call.getParameters();
            trail.record(AuditedCall.action(audited.value(), arguments), audited.anonymous(),
                    AuditedCall.subject(method, arguments, result).orElse(null));
        }
        return result;
    }
}
