/**
 * How serious a finding is.
 */
export enum Severity {
  /** The topology is broken: synthesis fails and nothing is written. */
  ERROR = 'error',
  /** Works, but probably not as meant: printed on synthesis (an error with `warningsAsErrors`). */
  WARNING = 'warning',
}
