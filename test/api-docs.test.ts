/**
 * The public API's documentation, read from the jsii assembly (`.jsii`, written by
 * `npx projen compile`, which `npx projen check` runs before the tests).
 */
import * as fs from 'fs';
import * as path from 'path';

const ASSEMBLY = path.join(__dirname, '..', '.jsii');
const found = fs.existsSync(ASSEMBLY);
if (!found) {
  // eslint-disable-next-line no-console
  console.log(`skipping the API documentation checks: ${ASSEMBLY} is absent (run npx projen compile first)`);
}

(found ? describe : describe.skip)('public API', () => {
  const types: { [fqn: string]: any } = found ? JSON.parse(fs.readFileSync(ASSEMBLY, 'utf-8')).types : {};

  test('every type and property has a summary', () => {
    const missing: string[] = [];
    for (const [fqn, t] of Object.entries(types)) {
      if (!t.docs?.summary) missing.push(fqn);
      for (const p of t.properties ?? []) if (!p.docs?.summary) missing.push(`${fqn}.${p.name}`);
      for (const m of t.methods ?? []) if (!m.docs?.summary) missing.push(`${fqn}#${m.name}`);
    }
    expect(missing).toEqual([]);
  });

  test('every optional prop documents its @default', () => {
    const missing: string[] = [];
    for (const [fqn, t] of Object.entries(types)) {
      if (!t.datatype) continue;
      for (const p of t.properties ?? []) if (p.optional && !p.docs?.default) missing.push(`${fqn}.${p.name}`);
    }
    expect(missing).toEqual([]);
  });

  test('no union types (they do not cross to Python, Java, .NET and Go)', () => {
    const unions: string[] = [];
    for (const [fqn, t] of Object.entries(types)) {
      for (const p of t.properties ?? []) if (JSON.stringify(p.type).includes('"union"')) unions.push(`${fqn}.${p.name}`);
      for (const m of [...(t.methods ?? []), ...(t.initializer ? [t.initializer] : [])]) {
        for (const a of m.parameters ?? []) if (JSON.stringify(a.type).includes('"union"')) unions.push(`${fqn}#${m.name ?? 'constructor'}(${a.name})`);
      }
    }
    expect(unions).toEqual([]);
  });
});
