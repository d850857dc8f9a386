import { Fleet, NO_WAVE_COLOUR, unitMarks, waveColour } from './graph-input';
import { byString } from '../internal/util';

/**
 * One self-contained HTML page: the SVG picture inline, a legend and a table of every
 * site (cluster, groups, nodes, architectures, grids, wave, marks). No scripts and no
 * external resources (not even a favicon); every user string is escaped. Internal.
 */
export function renderHtml(fleet: Fleet, svg: string): string {
  const rows: string[] = [];
  for (const c of fleet.clusters) {
    for (const u of [...c.units.values()].sort((a, b) => byString(a.name, b.name))) {
      const groups = c.groups.filter(g => g.units.some(x => x.name === u.name)).map(g => g.name);
      const grids = c.grids.filter(x => groups.includes(x.group)).map(x => `${x.name} (${x.kind})`);
      rows.push([
        '<tr>',
        `<td>${h(u.name)}</td>`,
        `<td>${h(c.name)}</td>`,
        `<td>${h(groups.join(', ') || '-')}</td>`,
        `<td class="num">${u.nodeCount}</td>`,
        `<td>${h([...new Set(u.architectures ?? [])].sort(byString).join(', ') || '-')}</td>`,
        `<td>${h(grids.join(', ') || '-')}</td>`,
        `<td><span class="swatch" style="background:${waveColour(fleet, u.wave)}"></span>${u.wave === undefined ? '-' : u.wave}</td>`,
        `<td>${h(unitMarks(u).join(', ') || '-')}</td>`,
        '</tr>',
      ].join(''));
    }
  }
  const sites = rows.length;
  const legend = [
    ...fleet.waves.map(w => `<li><span class="swatch" style="background:${waveColour(fleet, w)}"></span>wave ${w}</li>`),
    `<li><span class="swatch" style="background:${NO_WAVE_COLOUR}"></span>no wave</li>`,
    '<li><span class="swatch kins"></span>Kins unit (its own K3s cluster): double border</li>',
    '<li><span class="swatch grid"></span>grid, attached to its group</li>',
    '<li><span class="swatch collapsed"></span>a large group drawn as one box with counts</li>',
    '<li>dashed box: group; solid box: cluster</li>',
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${h(fleet.title)}</title>
<style>
body { font-family: Helvetica, Arial, sans-serif; margin: 1.5em; color: #111; }
h1 { font-size: 1.4em; }
.picture { overflow: auto; border: 1px solid #ddd; padding: 0.5em; }
.picture svg { max-width: 100%; height: auto; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.5em; }
.swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid #333; vertical-align: middle; margin-right: 0.35em; }
.swatch.kins { border: 3px double #333; background: #fff; }
.swatch.grid { background: #f2f2f2; }
.swatch.collapsed { border-style: dashed; background: #fff; }
table { border-collapse: collapse; margin-top: 1em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
th { background: #f5f5f5; }
td.num { text-align: right; }
</style>
</head>
<body>
<h1>${h(fleet.title)}</h1>
<p>${fleet.clusters.length} cluster${fleet.clusters.length === 1 ? '' : 's'}, ${sites} site${sites === 1 ? '' : 's'}.</p>
<div class="picture">
${svg}
</div>
<h2>Legend</h2>
<ul class="legend">
${legend.join('\n')}
</ul>
<h2>Sites</h2>
<table>
<thead><tr><th>site</th><th>cluster</th><th>groups</th><th>nodes</th><th>architectures</th><th>grids</th><th>wave</th><th>marks</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}

/** HTML text: & < > " ' escaped. */
function h(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
