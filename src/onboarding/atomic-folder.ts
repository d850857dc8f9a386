import * as fs from 'fs';
import * as path from 'path';

/** One file to write: its path relative to the folder, its text and whether it is executable. */
export interface PlannedFile {
  readonly path: string;
  readonly content: string;
  readonly executable: boolean;
}

/**
 * Replaces `outdir` with a folder holding exactly `files`, atomically: everything is
 * written into a temporary sibling first, which then takes the folder's place by rename,
 * so a reader sees the old folder or the new one, never half of one. A folder that holds
 * anything but an earlier write (marked by `marker`) is refused, not replaced. Internal.
 */
export function replaceFolder(outdir: string, files: readonly PlannedFile[], marker: string, owner: string): void {
  const target = path.resolve(outdir);
  if (fs.existsSync(target)) {
    if (!fs.statSync(target).isDirectory()) throw new Error(`${owner}: ${outdir} is a file, not a folder: give a folder to write into`);
    const entries = fs.readdirSync(target);
    if (entries.length > 0 && !entries.includes(marker)) {
      throw new Error(`${owner}: ${outdir} holds files that ${owner} did not write (no ${marker}); it replaces its folder whole, so give a new or empty folder`);
    }
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const suffix = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const temp = `${target}.tmp-${suffix}`;
  try {
    fs.mkdirSync(temp);
    for (const f of files) {
      const full = path.join(temp, f.path);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, f.content, { mode: f.executable ? 0o755 : 0o644 });
      fs.chmodSync(full, f.executable ? 0o755 : 0o644); // the umask does not decide
    }
    fs.writeFileSync(path.join(temp, marker), '');
    if (fs.existsSync(target)) {
      const old = `${target}.old-${suffix}`;
      fs.renameSync(target, old);
      try {
        fs.renameSync(temp, target);
      } catch (e) {
        fs.renameSync(old, target);
        throw e;
      }
      fs.rmSync(old, { recursive: true, force: true });
    } else {
      fs.renameSync(temp, target);
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
