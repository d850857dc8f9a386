import { Plan, SiteChange } from './plan-diff';

/** How many sites and objects a Markdown summary lists before "and N more". */
export const MARKDOWN_CAP = 50;

/** The plan as JSON: `{ "sitesChanged": N, "sites": { "<unit>": { ... } }, "objects": { ... } }`. Internal. */
export function planJson(plan: Plan): string {
  const sites: { [site: string]: any } = {};
  for (const s of plan.sites) {
    sites[s.site] = {
      status: s.status,
      ...(s.wave === undefined ? {} : { wave: s.wave }),
      added: s.added,
      removed: s.removed,
      changed: s.changed,
      nodeLabels: s.nodeLabels,
      taints: s.taints,
      nodes: s.nodes,
    };
  }
  return JSON.stringify({ sitesChanged: plan.sitesChanged, sites, objects: plan.objects }, null, 2) + '\n';
}

/** A summary for a pull-request comment: counts first, then sites and objects, capped. Internal. */
export function planMarkdown(plan: Plan, cap = MARKDOWN_CAP): string {
  const out: string[] = ['## cdk8s-superedge plan', ''];
  const by = (st: string) => plan.sites.filter(s => s.status === st).length;
  const objectCount = plan.objects.added.length + plan.objects.removed.length + plan.objects.changed.length;
  out.push(`**${plan.sitesChanged} site${plan.sitesChanged === 1 ? '' : 's'} change** (${by('added')} added, ${by('removed')} removed, ${by('changed')} changed); `
    + `**${objectCount} cluster-wide object${objectCount === 1 ? '' : 's'}** change (${plan.objects.added.length} added, ${plan.objects.removed.length} removed, ${plan.objects.changed.length} changed).`, '');
  if (plan.sites.length > 0) {
    out.push('| site | wave | status | what changes |', '| --- | --- | --- | --- |');
    for (const s of plan.sites.slice(0, cap)) out.push(`| ${md(s.site)} | ${s.wave ?? '-'} | ${s.status} | ${md(summary(s).join('; '))} |`);
    if (plan.sites.length > cap) out.push('', `and ${plan.sites.length - cap} more site${plan.sites.length - cap === 1 ? '' : 's'}`);
    out.push('');
  }
  if (objectCount > 0) {
    out.push('Cluster-wide objects:', '');
    const lines = [
      ...plan.objects.added.map(o => `- added: ${md(o)}`),
      ...plan.objects.removed.map(o => `- removed: ${md(o)}`),
      ...plan.objects.changed.map(o => `- changed: ${md(o)}`),
    ];
    out.push(...lines.slice(0, cap));
    if (lines.length > cap) out.push('', `and ${lines.length - cap} more object${lines.length - cap === 1 ? '' : 's'}`);
    out.push('');
  }
  return out.join('\n');
}

/** A plain-text summary for the terminal. Internal. */
export function planText(plan: Plan, cap = MARKDOWN_CAP): string {
  const out: string[] = [];
  const objectCount = plan.objects.added.length + plan.objects.removed.length + plan.objects.changed.length;
  out.push(`${plan.sitesChanged} site${plan.sitesChanged === 1 ? '' : 's'} change; ${objectCount} cluster-wide object${objectCount === 1 ? '' : 's'} change`);
  for (const s of plan.sites.slice(0, cap)) out.push(`  ${s.site}${s.wave === undefined ? '' : ` (wave ${s.wave})`} ${s.status}: ${summary(s).join('; ')}`);
  if (plan.sites.length > cap) out.push(`  and ${plan.sites.length - cap} more`);
  for (const o of plan.objects.added) out.push(`  + ${o}`);
  for (const o of plan.objects.removed) out.push(`  - ${o}`);
  for (const o of plan.objects.changed) out.push(`  ~ ${o}`);
  return out.join('\n') + '\n';
}

function summary(s: SiteChange): string[] {
  return [
    ...s.added.map(w => `+ ${w}`),
    ...s.removed.map(w => `- ${w}`),
    ...s.changed.map(c => `~ ${c.name} (${c.what.join(', ')})`),
    ...(s.nodeLabels.length > 0 ? [`node labels ${s.nodeLabels.join(', ')}`] : []),
    ...(s.taints.length > 0 ? [`taints ${s.taints.join(' ')}`] : []),
    ...(s.nodes.length > 0 ? [`nodes ${s.nodes.join(' ')}`] : []),
  ];
}

/** Markdown table text: pipes, backslashes and HTML-ish characters escaped, newlines flattened. */
function md(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}
