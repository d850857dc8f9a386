/**
 * What a person sees of the findings of a synthesis: one block (./findings-block.ts),
 * printed at the end of what the program writes to stderr, whether it is run directly or
 * through `cdk8s synth` (whose own messages follow the program's). Internal.
 *
 * - No error: the warnings block is printed when the app is validated, once per app
 *   and content; synthesis goes on.
 * - Errors: cdk8s throws its usual error (`Validation failed with the following
 *   errors: ...`, every error one line), which a program may catch: then nothing is
 *   printed and the program has the message (and `Findings.of()`). When nobody catches
 *   it, Node prints it and the process fails; just before, the error's printed stack is
 *   rewritten: the cdk8s-superedge lines are replaced by one line saying where they are,
 *   errors of other constructs are kept, so are the frames, and the block follows them,
 *   last. Other uncaught errors are left alone.
 */
import type { IConstruct } from 'constructs';
import { BlockFinding, findingsBlock } from './findings-block';

/** What cdk8s' validation error starts with (cdk8s 2.x `App.synth()`, `synthYaml()`, KustomizeLayout). */
const CDK8S_VALIDATION = 'Validation failed with the following errors:';

/** The last synthesis that had errors: its block and the error lines cdk8s will list. */
let pending: { block: string; lines: string[] } | undefined;
let listening = false;
const printed = new WeakMap<IConstruct, Set<string>>();

/**
 * Reports the findings of one validation of the app under `root`. `errorLines` are the
 * lines cdk8s' error will hold for them (`[path] RULE: message. Fix: fix`).
 */
export function reportValidation(root: IConstruct, findings: readonly BlockFinding[], errorLines: readonly string[]): void {
  const block = findingsBlock(findings);
  if (block === '') return;
  if (errorLines.length === 0) {
    let seen = printed.get(root);
    if (!seen) printed.set(root, seen = new Set());
    if (seen.has(block)) return;
    seen.add(block);
    process.stderr.write(block);
    return;
  }
  pending = { block, lines: [...errorLines] };
  if (!listening) {
    listening = true;
    process.on('uncaughtExceptionMonitor', err => rewriteUncaught(err));
  }
}

/** The stack Node prints for cdk8s' uncaught validation error: other errors and frames kept, the block last. */
export function rewrittenStack(stack: string, lines: readonly string[], block: string): string | undefined {
  const all = stack.split('\n');
  if (!all[0].endsWith(CDK8S_VALIDATION)) return undefined;
  const frames = all.filter(l => /^\s+at /.test(l));
  const listed = all.slice(1).filter(l => !/^\s+at /.test(l)).map(l => l.replace(/^ {2}/, ''));
  const ours = new Set(lines);
  if (!lines.every(l => listed.includes(l))) return undefined; // not the error of that synthesis
  const others = listed.filter(l => !ours.has(l));
  const n = lines.length;
  return [
    all[0],
    ...others.map(l => `  ${l}`),
    `  (${n} cdk8s-superedge error${n === 1 ? '' : 's'}: listed at the end, with the warnings)`,
    ...frames,
    block.replace(/\n$/, ''),
  ].join('\n');
}

function rewriteUncaught(err: unknown): void {
  if (!pending || !(err instanceof Error) || typeof err.stack !== 'string') return;
  const stack = rewrittenStack(err.stack, pending.lines, pending.block);
  if (stack !== undefined) err.stack = stack;
}
