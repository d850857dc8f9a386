import { Fleet, FleetCluster, GraphUnit, NO_WAVE_COLOUR, collapsedSummary, unitFacts, unitMarks, waveColour } from './graph-input';

/**
 * The fleet as a Mermaid flowchart (for a README or a pull request): the same
 * nesting as the DOT picture (cluster > group > unit), grids linked to their group,
 * one class per wave for the colours, Kins units as double-bordered boxes. Every user
 * string is written as Mermaid entity codes outside letters and digits, so no name can
 * break the syntax. Internal.
 */
export function renderMermaid(fleet: Fleet, threshold: number): string {
  const out: string[] = ['flowchart LR'];
  const classes = new Map<string, string[]>(); // class -> node ids
  const addClass = (cls: string, node: string) => classes.set(cls, [...(classes.get(cls) ?? []), node]);
  fleet.clusters.forEach((c, ci) => out.push(...clusterMermaid(fleet, c, `c${ci}`, threshold, addClass)));
  fleet.waves.forEach((w, i) => out.push(`  classDef wave${i} fill:${waveColour(fleet, w)},stroke:#333,color:#000`));
  out.push(`  classDef nowave fill:${NO_WAVE_COLOUR},stroke:#333,color:#000`);
  out.push('  classDef grid fill:#f2f2f2,stroke:#555,color:#000');
  out.push('  classDef collapsed fill:#ffffff,stroke:#333,stroke-dasharray:4 2,color:#000');
  for (const [cls, nodes] of [...classes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out.push(`  class ${nodes.join(',')} ${cls}`);
  return out.join('\n') + '\n';
}

function clusterMermaid(fleet: Fleet, c: FleetCluster, id: string, threshold: number, addClass: AddClass): string[] {
  const title = c.wave === undefined ? `cluster ${c.name}` : `cluster ${c.name} (GitOps wave ${c.wave})`;
  const out = [`  subgraph ${id}["${m(title)}"]`];
  c.groups.forEach((g, gi) => {
    const gid = `${id}g${gi}`;
    out.push(`    subgraph ${gid}["${m(`group ${g.name}`)}"]`);
    out.push(...unitsMermaid(fleet, g.units, gid, threshold, g.name, addClass).map(l => `  ${l}`));
    if (g.units.length === 0) out.push(`      ${gid}_empty["no units"]`);
    out.push('    end');
  });
  out.push(...unitsMermaid(fleet, c.loose, `${id}l`, threshold, 'in no group', addClass));
  if (c.units.size === 0) out.push(`    ${id}_empty["no units"]`);
  c.grids.forEach((x, xi) => {
    out.push(`    ${id}x${xi}[/"${m(`${x.name}`)}<br/>${m(x.kind)}"/]`);
    addClass('grid', `${id}x${xi}`);
  });
  c.grids.forEach((x, xi) => out.push(`    ${id}x${xi} --> ${id}g${c.groups.findIndex(g => g.name === x.group)}`));
  out.push('  end');
  return out;
}

type AddClass = (cls: string, node: string) => void;

function unitsMermaid(fleet: Fleet, units: GraphUnit[], id: string, threshold: number, what: string, addClass: AddClass): string[] {
  if (units.length === 0) return [];
  if (units.length > threshold) {
    addClass('collapsed', `${id}_all`);
    return [`    ${id}_all["${[`${what}:`, ...collapsedSummary(units)].map(m).join('<br/>')}"]`];
  }
  return units.map((u, ui) => {
    const node = `${id}u${ui}`;
    addClass(u.wave === undefined ? 'nowave' : `wave${fleet.waves.indexOf(u.wave)}`, node);
    const label = [u.name, unitFacts(u), ...(u.wave === undefined ? [] : [`wave ${u.wave}`]), ...unitMarks(u)].map(m).join('<br/>');
    return u.kins ? `    ${node}[["${label}"]]` : `    ${node}["${label}"]`;
  });
}

/** Mermaid text: letters, digits, space and a few safe signs as they are, everything else as `#<code>;`. */
function m(s: string): string {
  return [...s].map(ch => (/^[A-Za-z0-9 ,.:()_-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`)).join('');
}
