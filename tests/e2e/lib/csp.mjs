// Reading a Content Security Policy, and catching violations of it in every document.

/** Parses a policy into a Map of directive name → list of source expressions. */
export function parseCsp(policy) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/**
 * Reports every `securitypolicyviolation` event in every document of `context` (including
 * ones loaded later) into the returned array. Call before the context opens its pages.
 */
export async function recordCspViolations(context) {
  const violations = [];
  await context.exposeBinding('__infoshareCspViolation', ({ frame }, violation) => {
    violations.push({ page: frame.url(), ...violation });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__infoshareCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
        disposition: event.disposition,
      });
    });
  });
  return violations;
}
