/**
 * Whether a string is provably written as itself, unquoted, by the `yaml` package with
 * the options cdk8s passes (`version: '1.1'`, `lineWidth: 0`): the fast path of the
 * YAML writer. Only a conservative subset of YAML's plain scalars passes; everything
 * else (quoting, block scalars, strings that read as another type) is left to `yaml`.
 * Internal: not exported.
 */
import * as YAML from 'yaml';

/**
 * Characters of a plain string on the fast path: letters, digits and a few punctuation
 * marks that are no YAML indicator where they stand (`-` and `.` first are checked
 * below; `:` only when no space follows and not last). No `#`, quotes, brackets,
 * control characters, non-ASCII, tabs or line breaks.
 */
const SAFE = /^[A-Za-z0-9_./~+-][A-Za-z0-9_./~+:=@, -]*$/;

/**
 * What `yaml` would quote although every character is safe: `: ` (a mapping), a
 * trailing space or colon, `- ` at the start (a sequence entry), `-` alone, and
 * document markers (`---`, `...` at the start).
 */
const UNSAFE_SHAPE = /: |[ :]$|^- |^-$|^---|^\.\.\./;

/**
 * The 1.1 schema's implicit types other than strings (null, booleans, integers in
 * every base, floats, sexagesimals, timestamps, the merge key): a string one of them
 * matches is quoted by `yaml`. Taken from the `yaml` package itself, exactly as its
 * writer tests them, so that the two cannot disagree.
 */
const TYPED = new YAML.Document(null, { version: '1.1' }).schema.tags
  .filter((t: any) => t.default && t.tag !== 'tag:yaml.org,2002:str' && t.test instanceof RegExp)
  .map((t: any) => t.test as RegExp);

/**
 * Words of the 1.1 schema's null and booleans (compared lower-cased, which also
 * refuses some harmless spellings: they take the slow path).
 */
const WORDS = new Set(['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null']);

/** Keys longer than this are written as explicit keys (`? key`) by `yaml`. */
const MAX_IMPLICIT_KEY = 1024;

/** Whether `s`, as a mapping value or sequence entry, is written as itself. */
export function isPlainValue(s: string): boolean {
  if (!SAFE.test(s) || UNSAFE_SHAPE.test(s)) return false;
  const c = s.charCodeAt(0);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 47; // A-Z a-z _ /
  if (letter && c !== 69 && c !== 101) {
    // No number, timestamp or merge key starts with a letter, `_` or `/`, and no float
    // but `e5`-like ones (1.1's exponent floats need no digits before the `e`): only the
    // null and boolean words can read as another type.
    return s.length > 5 || !WORDS.has(s.toLowerCase());
  }
  for (const re of TYPED) if (re.test(s)) return false;
  return true;
}

/** Whether `s`, as a mapping key, is written as itself. */
export function isPlainKey(s: string): boolean {
  return s.length <= MAX_IMPLICIT_KEY && isPlainValue(s);
}
