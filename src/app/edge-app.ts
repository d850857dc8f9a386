import * as fs from 'fs';
import * as path from 'path';
import { App, AppProps, Chart, Names, YamlOutputType } from 'cdk8s';
import { removeStaleFiles, writeFilesAtomically } from './atomic-files';
import { chartObjects, resolveDependencies, SynthesisOrder, synthesisOrder, validateAll } from './synthesis-order';
import { toYamlDocuments } from '../render/yaml-writer';

/**
 * A cdk8s `App` that synthesizes faster, with the very same output: `synth()` writes
 * the same files with the same names and bytes as `App.synth()` (every
 * `yamlOutputType`, `outputFileExtension`, `recordConstructMetadata`), and
 * `synthYaml()` returns the same string, with the same validation and the same error
 * messages. What it does differently:
 *
 * - one walk of the construct tree serves the validation and cdk8s's dependency
 *   inference, and a second one gives the charts and their objects in cdk8s's order
 *   without its dependency graphs (which it still uses when a construct depends on
 *   another);
 * - plain charts are rendered without validating the whole app once more for each;
 * - YAML is written by a direct writer for the values manifests hold, which leaves
 *   every value it is not sure of to the `yaml` package cdk8s uses;
 * - files are written atomically: every file goes to a temporary sibling and is
 *   renamed into place once all are written.
 *
 * What happens to `outdir`:
 *
 * - when validation (or rendering) fails, nothing is written and nothing is removed,
 *   not even an empty `outdir` is created (`App` creates it first): the previous output
 *   stays as it was, whole;
 * - when it succeeds, the new files replace the old ones, and the files an earlier
 *   synthesis wrote that this one no longer writes (those ending with
 *   `outputFileExtension`, in `outdir` and, with
 *   `YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE`, in its chart folders) are
 *   removed, as `cdk8s synth` empties `dist/` first: a chart or object removed from the
 *   code disappears from the output. Other files are left alone. (So an empty
 *   `outdir` or `outputFileExtension`, which `App` accepts, is refused.)
 */
export class EdgeApp extends App {
  public constructor(props: AppProps = {}) {
    super(checkedProps(props));
  }

  /** Synthesizes all manifests to the output directory, as `App.synth()` does. */
  public synth(): void {
    const all = this.node.findAll();
    validateAll(all);
    const hasDependantCharts = resolveDependencies(all);
    const order = synthesisOrder(this);
    const folders: string[] = [];
    const files = this.files(order, hasDependantCharts, folders);
    // Everything is rendered: only now is anything written.
    for (const folder of [this.outdir, ...folders]) fs.mkdirSync(folder, { recursive: true });
    writeFilesAtomically(files);
    this.removeStale(order, hasDependantCharts, new Set(files.keys()));
  }

  /** The YAML of every object of every chart, as `App.synthYaml()` returns it. */
  public synthYaml(): string {
    const all = this.node.findAll();
    resolveDependencies(all);
    validateAll(all);
    const order = synthesisOrder(this);
    return toYamlDocuments(order.charts.flatMap(c => chartObjects(c, order)));
  }

  /** Every file `App.synth()` writes, by path, with its content. */
  private files(order: SynthesisOrder, hasDependantCharts: boolean, folders: string[]): Map<string, string> {
    const files = new Map<string, string>();
    const ext = this.outputFileExtension;
    const charts = order.charts;
    switch (this.yamlOutputType) {
      case YamlOutputType.FILE_PER_APP:
        if (charts.length > 0) files.set(path.join(this.outdir, `app${ext}`), toYamlDocuments(charts.flatMap(c => chartObjects(c, order))));
        break;
      case YamlOutputType.FILE_PER_CHART:
        charts.forEach((chart, i) => {
          files.set(path.join(this.outdir, chartName(chart, i, hasDependantCharts) + ext), toYamlDocuments(chartObjects(chart, order)));
        });
        break;
      case YamlOutputType.FILE_PER_RESOURCE:
        for (const chart of charts) {
          for (const obj of chartObjects(chart, order)) {
            if (obj === undefined) continue;
            files.set(path.join(this.outdir, resourceFileName(obj.kind, obj.metadata.name) + ext), toYamlDocuments([obj]));
          }
        }
        break;
      case YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE:
        charts.forEach((chart, i) => {
          const folder = path.join(this.outdir, chartName(chart, i, hasDependantCharts));
          folders.push(folder); // App creates a chart's folder even when it holds nothing
          for (const obj of order.apiObjects(chart)) {
            files.set(path.join(folder, resourceFileName(obj.kind, obj.metadata.name) + ext), toYamlDocuments([obj.toJson()]));
          }
        });
        break;
      default:
        break;
    }
    // `recordConstructMetadata` is private in App's typings (the prop is public).
    if ((this as any).recordConstructMetadata) {
      const resources: { [name: string]: { path: string } } = {};
      for (const obj of order.charts.flatMap(c => order.apiObjects(c))) resources[obj.name] = { path: obj.node.path };
      files.set(path.join(this.outdir, 'construct-metadata.json'), JSON.stringify({ version: '1.0.0', resources }));
    }
    return files;
  }

  private removeStale(order: SynthesisOrder, hasDependantCharts: boolean, written: Set<string>): void {
    removeStaleFiles(this.outdir, this.outputFileExtension, written);
    if (this.yamlOutputType !== YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE) return;
    order.charts.forEach((chart, i) => {
      removeStaleFiles(path.join(this.outdir, chartName(chart, i, hasDependantCharts)), this.outputFileExtension, written);
    });
  }
}

/** Props from any language: null is none, and wrong types are refused with the fix. */
function checkedProps(props: AppProps | null | undefined): AppProps {
  if (props === null || props === undefined) return {};
  if (typeof props !== 'object') throw new Error(`EdgeApp: props must be an object (AppProps), got ${typeof props}: pass {} or leave them out`);
  for (const key of ['outdir', 'outputFileExtension'] as const) {
    const v = props[key];
    if (v !== undefined && v !== null && (typeof v !== 'string' || v === '')) {
      throw new Error(`EdgeApp: ${key} must be a non-empty string, got ${JSON.stringify(v)}: give a folder name (e.g. "dist") or leave it out`);
    }
  }
  const types = Object.values(YamlOutputType).filter(v => typeof v === 'number');
  if (props.yamlOutputType !== undefined && props.yamlOutputType !== null && !types.includes(props.yamlOutputType)) {
    throw new Error(`EdgeApp: yamlOutputType must be one of YamlOutputType (${types.join(', ')}), got ${JSON.stringify(props.yamlOutputType)}`);
  }
  return props;
}

/** cdk8s's chart file and folder names: `<chart>`, or `0000-<chart>` when charts depend on each other. */
function chartName(chart: Chart, index: number, indexed: boolean): string {
  const name = Names.toDnsLabel(chart);
  return indexed ? `${index.toString().padStart(4, '0')}-${name}` : name;
}

/** cdk8s's file name of one object. */
function resourceFileName(kind: unknown, name: unknown): string {
  return `${kind}.${name}`.replace(/[^0-9a-zA-Z-_.]/g, '');
}

