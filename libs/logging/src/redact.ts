const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** Keys whose values are secrets or personal data, whatever they hold. */
const SECRET_KEYS =
  /^(authorization|cookie|set-cookie|password|newpassword|currentpassword|token|accesstoken|managetoken|secret|email|recipient|name|accessibilityneeds)$/i;
/** Query-string parameters that carry secrets (signed links, tokens). */
const SECRET_PARAMS = /([?&](?:token|sig|signature|key)=)[^&#\s]*/gi;

/** Masks e-mail addresses and secret query parameters inside free text. */
export function redactText(text: string): string {
  return text.replace(EMAIL, '[email]').replace(SECRET_PARAMS, '$1[redacted]');
}

/**
 * A copy of a log record with personal data and secrets removed: values under secret keys are
 * replaced, and e-mail addresses and tokens inside any other string are masked.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) {
    return { type: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEYS.test(key) && v != null ? '[redacted]' : redact(v, depth + 1);
  }
  return out;
}
