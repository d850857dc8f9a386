import * as fs from 'fs';
import * as path from 'path';
import { gpuValue, quantityText } from './checks/node-facts';
import { sourceProblem } from './checks/source';
import { ARCHITECTURES, NODE_FACTS } from './node-facts';
import { parseQuantity } from './quantity';
import { RawCatalog, RawSite } from './raw-catalog';
import { CsvRow, readCsv } from './read-csv';
import { readRecords } from './read-records';
import { readYaml } from './read-yaml';
import { EdgeNodeProps, NodeArchitecture } from '../topology/edge-node';
import type { CheckResult } from '../validation/findings';

/** A node of a catalogue site, with its checked facts. Internal. */
export interface CatalogNode {
  /** The EdgeNode facts. */
  readonly props: EdgeNodeProps;
  /** Allocatable CPU in millicores, if given. */
  readonly cpuMillis?: number;
  /** Allocatable memory in bytes, if given. */
  readonly memoryBytes?: number;
}

/** A site of a catalogue, checked. Internal. */
export interface CatalogSite {
  readonly name: string;
  readonly attributes: { [key: string]: string };
  readonly nodes: CatalogNode[];
}

/**
 * A catalogue loaded: its valid sites, and what the SE-F rules check (the sites as read,
 * with their places, and the problems the reader met in the source). Internal.
 */
export interface CatalogData {
  readonly sites: CatalogSite[];
  /** The sites as read, every value with its place. */
  readonly raw: RawSite[];
  /** CSV catalogues: the rows. */
  readonly csvRows?: CsvRow[];
  /** Problems of the source itself (unreadable, syntax, shape), by rule id. */
  readonly readerProblems: CheckResult[];
  /** Whether the source could not be read at all (selections are then not checked). */
  readonly unreadable: boolean;
}

/**
 * Reads a catalogue file by its extension (`.yaml`/`.yml`, `.json`, `.csv`); a relative
 * path resolves against the current working directory. `file` in messages is the path
 * as given.
 */
export function loadFile(file: string): CatalogData {
  const ext = path.extname(file).toLowerCase();
  if (!['.yaml', '.yml', '.json', '.csv'].includes(ext)) {
    return unreadable(sourceProblem(file, `cannot tell the catalogue's format from the extension "${ext}"`, 'name the file .yaml, .yml, .json or .csv'));
  }
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(file), 'utf8');
  } catch (e: any) {
    return unreadable(sourceProblem(file, `cannot read the catalogue (${e.code ?? e.message}; relative paths resolve against the working directory ${process.cwd()})`, 'pass the path of an existing, readable file'));
  }
  if (ext === '.csv') {
    const csv = readCsv(file, text);
    return loaded(csv, csv.rows);
  }
  return loaded(readYaml(file, text));
}

/** Reads in-memory records. */
export function loadRecords(records: unknown): CatalogData {
  return loaded(readRecords(records));
}

function unreadable(problem: CheckResult): CatalogData {
  return { sites: [], raw: [], readerProblems: [problem], unreadable: true };
}

function loaded(raw: RawCatalog, csvRows?: CsvRow[]): CatalogData {
  const unreadableSource = raw.sites.length === 0 && raw.problems.some(p => p.ruleId === 'SE-F01');
  return { sites: buildSites(raw.sites), raw: raw.sites, csvRows, readerProblems: raw.problems, unreadable: unreadableSource };
}

/**
 * The valid part of the sites read: sites with a string name, first entry only; nodes
 * with a string name not seen before; facts that are valid. What is left out has a
 * problem reported by the checks.
 */
export function buildSites(raw: RawSite[]): CatalogSite[] {
  const sites: CatalogSite[] = [];
  const siteNames = new Set<string>();
  const nodeNames = new Set<string>();
  for (const s of raw) {
    const name = s.name?.value;
    if (typeof name !== 'string' || name === '' || siteNames.has(name)) continue;
    siteNames.add(name);
    const attributes: { [key: string]: string } = {};
    for (const a of s.attributes) if (typeof a.value === 'string') attributes[a.key] = a.value;
    const nodes: CatalogNode[] = [];
    for (const n of s.nodes) {
      const nodeName = n.name?.value;
      if (typeof nodeName !== 'string' || nodeName === '' || nodeNames.has(nodeName)) continue;
      nodeNames.add(nodeName);
      const fact = (key: string) => n.facts.find(f => f.key === key && NODE_FACTS.includes(key));
      const str = (key: string) => {
        const v = fact(key)?.value;
        return typeof v === 'string' && v !== '' ? v : undefined;
      };
      const arch = str('arch');
      const gpu = fact('gpu');
      const quantity = (key: string) => {
        const f = fact(key);
        const text = f ? quantityText(f) : undefined;
        const v = text === undefined ? undefined : parseQuantity(text);
        return v !== undefined && v >= 0 ? v : undefined;
      };
      const cores = quantity('cpu');
      nodes.push({
        props: {
          name: nodeName,
          architecture: arch && ARCHITECTURES.includes(arch) ? arch as NodeArchitecture : undefined,
          defaultInterface: str('interface'),
          networkCidr: str('networkCidr'),
          gpu: gpu ? gpuValue(gpu) : undefined,
          cvmInstanceId: str('instanceId'),
        },
        cpuMillis: cores === undefined ? undefined : cores * 1000,
        memoryBytes: quantity('memory'),
      });
    }
    sites.push({ name, attributes, nodes });
  }
  return sites;
}
