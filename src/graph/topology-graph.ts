import { renderDot } from './dot';
import { GraphInput, fleetOf } from './graph-input';
import { GraphOptions, collapseThresholdOf } from './graph-options';
import { renderHtml } from './html';
import { renderMermaid } from './mermaid';

/**
 * Pictures of a topology: clusters contain groups, groups their units (node count,
 * architectures), grids attach to their groups, Kins and ingress units are marked,
 * waves are coloured. Large groups collapse into one box with counts (see
 * `GraphOptions.collapseThreshold`). Output is deterministic whatever the input order.
 */
export class TopologyGraph {
  /** Mermaid flowchart text, for a README or a pull request. */
  public static mermaid(input: GraphInput, options: GraphOptions = {}): string {
    return renderMermaid(fleetOf(input), collapseThresholdOf(options));
  }

  /** Graphviz DOT text (what `svg()` renders). */
  public static dot(input: GraphInput, options: GraphOptions = {}): string {
    return renderDot(fleetOf(input), collapseThresholdOf(options));
  }

  /** An SVG picture, rendered by Graphviz compiled to WebAssembly (`@viz-js/viz`): no native binary. */
  public static async svg(input: GraphInput, options: GraphOptions = {}): Promise<string> {
    return renderSvg(TopologyGraph.dot(input, options));
  }

  /**
   * One self-contained HTML page: the SVG inline, a legend and a table of every site
   * with its groups, nodes, grids and wave; no scripts, no external resources.
   */
  public static async html(input: GraphInput, options: GraphOptions = {}): Promise<string> {
    const fleet = fleetOf(input);
    const svg = await renderSvg(renderDot(fleet, collapseThresholdOf(options)));
    return renderHtml(fleet, svg.replace(/^[\s\S]*?(<svg\b)/, '$1'));
  }

  private constructor() {}
}

/** What this file uses of `@viz-js/viz` (an ES module with a CommonJS build, loaded with require). */
interface VizModule {
  instance(): Promise<{ render(dot: string, options: { format: string }): { status: string; output?: string; errors: { message: string }[] } }>;
}

async function renderSvg(dot: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const viz = await (require('@viz-js/viz') as VizModule).instance();
  const result = viz.render(dot, { format: 'svg' });
  if (result.status !== 'success') {
    throw new Error(`topology graph: Graphviz could not render the picture: ${result.errors.map(e => e.message).join('; ')}`);
  }
  return result.output ?? '';
}
