/**
 * Writes a set of files so that each appears whole or not at all: every file goes to
 * a temporary sibling first, and only when all of them are written are they renamed
 * into place (a rename within a folder is atomic). When a write fails, the temporary
 * files are removed and the previous files are left as they were. Internal: not
 * exported.
 */
import * as fs from 'fs';
import * as path from 'path';

export function writeFilesAtomically(files: Map<string, string>): void {
  const temps: [string, string][] = [];
  // Short names, so that every file name the final one can have, the temporary one can too.
  const prefix = `.tmp-${process.pid.toString(36)}-${Math.random().toString(36).slice(2, 8)}-`;
  try {
    for (const [file, content] of files) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temp = path.join(path.dirname(file), `${prefix}${temps.length.toString(36)}`);
      temps.push([temp, file]);
      fs.writeFileSync(temp, content, { encoding: 'utf8' });
    }
  } catch (e) {
    for (const [temp] of temps) fs.rmSync(temp, { force: true });
    throw e;
  }
  for (const [temp, file] of temps) fs.renameSync(temp, file);
}

/**
 * Removes the files of `folder` (not recursing) whose names end with `extension` and
 * that are not in `keep`: the output of an earlier synthesis that this one no longer
 * writes.
 */
export function removeStaleFiles(folder: string, extension: string, keep: Set<string>): void {
  if (!fs.existsSync(folder)) return;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isFile() && entry.name.endsWith(extension) && !keep.has(full)) fs.rmSync(full, { force: true });
  }
}
