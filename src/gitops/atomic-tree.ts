import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** The longest file name most file systems take (ext4, APFS, NTFS: 255 bytes). */
const MAX_FILE_NAME_BYTES = 255;

/**
 * Writes a whole folder so that a failure never damages what was there: every file is
 * written into a fresh sibling folder (`.<name>.new-XXXXXX`, same parent, so the same
 * file system), the entries of the earlier folder that are not ours are copied across,
 * and only then is the new folder swapped in (the old one renamed away, the new one
 * renamed in, the old one removed). On any error the new folder is removed and the old
 * one is left as it was. Internal.
 *
 * @param outdir the folder to (re)write
 * @param files relative path (forward slashes) -> content, every file of the tree
 * @param isOurs whether a top-level entry of an earlier `outdir` belongs to the tree
 *   (it is dropped) or to someone else (it is carried over as it is)
 */
export function writeTreeAtomically(outdir: string, files: Map<string, string>, isOurs: (entry: string) => boolean): void {
  const target = path.resolve(outdir);
  const parent = path.dirname(target);
  const base = path.basename(target);
  const existing = fs.existsSync(target);
  if (existing && !fs.statSync(target).isDirectory()) {
    throw new Error(`${outdir} is not a folder: give the layout a folder of its own`);
  }
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${base}.new-`));
  try {
    // The new folder gets the old one's mode (mkdtemp makes it 0700). File modes are bit masks.
    // eslint-disable-next-line no-bitwise
    fs.chmodSync(staging, existing ? fs.statSync(target).mode & 0o7777 : 0o777 & ~process.umask());
    // One mkdir per folder, not per file: a tree holds thousands of files in a few folders.
    const made = new Set<string>([staging]);
    for (const [file, content] of files) {
      const full = path.join(staging, ...file.split('/'));
      const folder = path.dirname(full);
      if (!made.has(folder)) {
        fs.mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      fs.writeFileSync(full, content);
    }
    if (existing) {
      for (const entry of fs.readdirSync(target).sort()) {
        if (isOurs(entry) || fs.existsSync(path.join(staging, entry))) continue;
        fs.cpSync(path.join(target, entry), path.join(staging, entry), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      }
    }
    swapIn(staging, target, existing);
  } catch (e: any) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(`could not write ${outdir} (${e?.message ?? e}); nothing in it was changed`);
  }
}

function swapIn(staging: string, target: string, existing: boolean): void {
  if (!existing) {
    fs.renameSync(staging, target);
    return;
  }
  const old = staging.replace(/\.new-([^/\\]*)$/, '.old-$1');
  fs.renameSync(target, old);
  try {
    fs.renameSync(staging, target);
  } catch (e) {
    fs.renameSync(old, target); // put the earlier tree back
    throw e;
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/**
 * A file name of at most 255 bytes: `name` itself when it fits, otherwise the first
 * characters of the stem, `~`, and 16 hex digits of the SHA-256 of the whole name
 * (deterministic, and distinct for distinct names). Internal.
 *
 * @param stem the name without its extension (ASCII)
 * @param ext the extension, with its dot
 */
export function fileNameFor(stem: string, ext: string): string {
  const whole = `${stem}${ext}`;
  if (Buffer.byteLength(whole) <= MAX_FILE_NAME_BYTES) return whole;
  const hash = crypto.createHash('sha256').update(whole).digest('hex').slice(0, 16);
  const room = MAX_FILE_NAME_BYTES - ext.length - hash.length - 1 - 32; // leave room for editors' suffixes
  return `${stem.slice(0, room)}~${hash}${ext}`;
}
