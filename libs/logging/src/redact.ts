/**
 * Longest text a log record keeps of one string; the rest is cut before anything scans it, so a
 * client's 100,000-character value costs the logger no more than a short one.
 */
export const MAX_LOGGED_TEXT = 2_000;

/** Keys whose values are secrets or personal data, whatever they hold. */
const SECRET_KEYS =
  /^(?:authorization|cookie|set-cookie|password|newpassword|currentpassword|token|accesstoken|managetoken|secret|email|recipient|name|phone|accessibilityneeds)$/i;
/** Query-string parameters that carry secrets (signed links, tokens). */
const SECRET_PARAMS = /([?&](?:token|sig|signature|key)=)[^\s#&]*/gi;
/** Paths that are secrets themselves: a short manage link (`/r/<code>`) opens a registration. */
const SECRET_PATHS = /(\/r\/)[\w-]+/g;

const isLocalChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // 0-9 A-Z a-z . _ % + -
const isDomainChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45; // 0-9 A-Z a-z . -
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Where the domain after an `@` at `at` ends: the longest run of domain characters that ends in a
 * dot, then two or more letters, with something before the dot; -1 when there is none.
 */
function domainEnd(text: string, at: number): number {
  let end = -1;
  let i = at + 1;
  while (i < text.length && isDomainChar(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 46 && i > at + 1) {
      let letters = 0;
      while (i + 1 + letters < text.length && isLetter(text.charCodeAt(i + 1 + letters))) letters++;
      if (letters >= 2) end = i + 1 + letters;
    }
    i++;
  }
  return end;
}

/**
 * Replaces e-mail addresses (local@domain.tld) with `[email]`. It finds each `@` and scans outward
 * from it, never past the previous address or the next `@`, so the work is linear in the text's
 * length whatever it holds (a regular expression over the whole text backtracks quadratically on
 * a long run of address characters with no `@`).
 */
export function maskEmails(text: string): string {
  let out = '';
  let copied = 0;
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > copied && isLocalChar(text.charCodeAt(start - 1))) start--;
    const end = start < at ? domainEnd(text, at) : -1;
    if (end === -1) {
      at = text.indexOf('@', at + 1);
      continue;
    }
    out += `${text.slice(copied, start)}[email]`;
    copied = end;
    at = text.indexOf('@', end);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Cuts a string to MAX_LOGGED_TEXT characters, saying how much was left out. */
export function clip(text: string): string {
  return text.length <= MAX_LOGGED_TEXT ? text : `${text.slice(0, MAX_LOGGED_TEXT)}…[${text.length - MAX_LOGGED_TEXT} more]`;
}

/** Masks e-mail addresses and secret query parameters inside free text (cut to MAX_LOGGED_TEXT first). */
export function redactText(text: string): string {
  return maskEmails(clip(text)).replace(SECRET_PARAMS, '$1[redacted]').replace(SECRET_PATHS, '$1[redacted]');
}

const isPlain = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * A copy of a log record with personal data and secrets removed: values under secret keys are
 * replaced, and e-mail addresses and tokens inside any other string are masked. Only plain
 * objects and arrays are walked: instances such as a request or a response are left to the
 * logger's serializers, which pick the few fields that are logged (a request's body never is).
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) {
    return { type: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => redact(v, depth + 1));
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEYS.test(key) && v != null ? '[redacted]' : redact(v, depth + 1);
  }
  return out;
}
