import { ConstructionFinding, ConstructionRule, RuleArea } from '../../rule';
import { Severity } from '../../severity';

/** What SE-W11 checks: a DeploymentGrid's durations, in seconds, as they will be written. */
export interface ProgressDeadlineInput {
  readonly progressDeadlineSeconds: number;
  readonly minReadySeconds: number;
}

/** SE-W11: progressDeadline is greater than minReady. */
export const ProgressDeadlineAfterMinReady: ConstructionRule<ProgressDeadlineInput> = {
  id: 'SE-W11',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'DeploymentGrid: progressDeadline is greater than minReady (checked at construction)',
  explanation: 'The API server refuses a Deployment whose `progressDeadlineSeconds` is not greater than `minReadySeconds`, so every per-site Deployment of the grid would be refused. Checked in the constructor, before the grid exists, so that a refused grid leaves nothing half-built in the tree.',
  check(input: ProgressDeadlineInput): ConstructionFinding[] {
    if (input.progressDeadlineSeconds > input.minReadySeconds) return [];
    return [{
      message: `DeploymentGrid prop progressDeadline (${input.progressDeadlineSeconds}s) must be greater than minReady (${input.minReadySeconds}s)`,
      fix: 'pass a longer progressDeadline or a shorter minReady',
    }];
  },
};
