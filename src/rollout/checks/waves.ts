import type { CheckResult } from '../../validation/findings';

/** SE-R01: every wave reaches at least one site that no earlier wave reached. Pure. */
export function checkEmptyWaves(rollout: string, waves: Array<{ description: string; fresh: string[]; skip: boolean }>): CheckResult[] {
  const out: CheckResult[] = [];
  waves.forEach((w, i) => {
    if (w.skip || w.fresh.length > 0) return;
    out.push({
      ruleId: 'SE-R01',
      message: `wave ${i + 1} of GridRollout "${rollout}" (${w.description}) picks no site of the grid that an earlier wave did not already pick, so advancing currentWave to ${i + 1} changes nothing`,
      fix: 'remove the wave, or select other sites in it (waves count only sites not picked before)',
    });
  });
  return out;
}

/** SE-R02: every site of the grid's group is in some wave (it would never be updated). Pure. */
export function checkUnassignedSites(rollout: string, grid: string, unassigned: string[]): CheckResult[] {
  if (unassigned.length === 0) return [];
  const shown = unassigned.slice(0, 10).map(s => `"${s}"`).join(', ') + (unassigned.length > 10 ? ` and ${unassigned.length - 10} more` : '');
  return [{
    ruleId: 'SE-R02',
    message: `GridRollout "${rollout}" never reaches ${unassigned.length} site${unassigned.length > 1 ? 's' : ''} of grid "${grid}" (${shown}): no wave selects ${unassigned.length > 1 ? 'them' : 'it'}, so ${unassigned.length > 1 ? 'they' : 'it'} would keep the old template after the last wave`,
    fix: 'end the waves with sites.all(), or add the sites to a wave',
  }];
}

/** SE-R03: `currentWave` is a whole number from 0 (nobody yet) to the number of waves (everyone). Pure. */
export function checkCurrentWave(rollout: string, currentWave: number, waves: number): CheckResult[] {
  if (Number.isInteger(currentWave) && currentWave >= 0 && currentWave <= waves) return [];
  return [{
    ruleId: 'SE-R03',
    message: `GridRollout "${rollout}" has currentWave ${currentWave}, but it has ${waves} wave${waves === 1 ? '' : 's'}: currentWave is 0 (nobody updated yet) to ${waves} (every wave)`,
    fix: `pass a whole number from 0 to ${waves}`,
  }];
}
