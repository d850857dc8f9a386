/**
 * Quoting for the generated POSIX sh scripts. Internal: not exported.
 */

/**
 * A single-quoted sh word that stands for exactly `s`: inside single quotes nothing is
 * special, and a `'` is written as `'\''` (close, escaped quote, reopen).
 */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** Whether `s` holds a control character (newline, NUL, ...), which no script value may. */
export function hasControlCharacter(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(s);
}
