import { Fleet, FleetCluster, GraphUnit, NO_WAVE_COLOUR, collapsedSummary, unitFacts, unitMarks, waveColour } from './graph-input';

/**
 * The fleet as Graphviz DOT: a box (subgraph cluster) per cluster holding a box per
 * group holding its units; a unit in several groups is drawn in each; units in no
 * group sit in the cluster; grids are drawn beside the cluster with an edge to their
 * group; units are filled by wave, Kins units have a double border, ingress units are
 * marked. Groups with more units than the threshold are one box with counts.
 * Deterministic: identifiers are positions in the sorted input. Internal.
 */
export function renderDot(fleet: Fleet, threshold: number): string {
  const out: string[] = [
    'digraph topology {',
    `  graph [rankdir=LR, compound=true, fontname="Helvetica", fontsize=12, labelloc=t, label=${q(fleet.title)}];`,
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica", fontsize=10];',
    '  edge [color="#555555", arrowsize=0.7];',
  ];
  // With rankdir=LR, Graphviz stacks what is declared later above what is declared
  // earlier: clusters, groups and units are declared last-first so that they read in
  // name order from the top.
  const clusters = fleet.clusters.map((c, ci) => clusterDot(fleet, c, `c${ci}`, threshold));
  out.push(...clusters.reverse().flat());
  out.push('}');
  return out.join('\n') + '\n';
}

function clusterDot(fleet: Fleet, c: FleetCluster, id: string, threshold: number): string[] {
  const title = c.wave === undefined ? `cluster ${c.name}` : `cluster ${c.name}\nGitOps wave ${c.wave}`;
  const out = [
    `  subgraph cluster_${id} {`,
    `    label=${q(title)}; style="rounded"; color="#333333"; fontsize=12;`,
  ];
  const anchors = new Map<string, string>(); // group -> a node inside its box, for grid edges
  if (c.loose.length > 0) out.push(...unitsDot(fleet, c.loose, `${id}l`, threshold, 'in no group'));
  const groups = c.groups.map((g, gi) => {
    const gid = `${id}g${gi}`;
    const lines = [`    subgraph cluster_${gid} {`, `      label=${q(`group ${g.name}`)}; style="rounded,dashed"; color="#777777";`];
    const nodes = unitsDot(fleet, g.units, gid, threshold, `${g.name}`);
    if (nodes.length === 0) nodes.push(`      ${gid}_empty [label="no units", shape=plaintext, style=""];`);
    lines.push(...nodes.map(l => `  ${l}`), '    }');
    anchors.set(g.name, g.units.length === 0 ? `${gid}_empty` : g.units.length > threshold ? `${gid}_all` : `${gid}u0`);
    return lines;
  });
  out.push(...groups.reverse().flat());
  if (c.units.size === 0) out.push(`    ${id}_empty [label="no units", shape=plaintext, style=""];`);
  const grids = c.grids.map((x, xi) => `    ${id}x${xi} [shape=component, fillcolor="#f2f2f2", label=${q(`${x.name}\n${x.kind}`)}];`);
  out.push(...grids.reverse());
  out.push('  }');
  c.grids.forEach((x, xi) => {
    const gi = c.groups.findIndex(g => g.name === x.group);
    out.push(`  ${id}x${xi} -> ${anchors.get(x.group)} [lhead=cluster_${id}g${gi}];`);
  });
  return out;
}

function unitsDot(fleet: Fleet, units: GraphUnit[], id: string, threshold: number, what: string): string[] {
  if (units.length > threshold) {
    return [`    ${id}_all [shape=box3d, fillcolor="${NO_WAVE_COLOUR}", label=${q([`${what}:`, ...collapsedSummary(units)].join('\n'))}];`];
  }
  return units.map((u, ui) => {
    const lines = [u.name, unitFacts(u), ...(u.wave === undefined ? [] : [`wave ${u.wave}`]), ...unitMarks(u)];
    const kins = u.kins ? ', peripheries=2' : '';
    return `    ${id}u${ui} [fillcolor="${waveColour(fleet, u.wave)}"${kins}, label=${q(lines.join('\n'))}];`;
  }).reverse();
}

/** A DOT string: quotes and backslashes escaped (so no user text is read as an escape), newlines as \n. */
function q(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
