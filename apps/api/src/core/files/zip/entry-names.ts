/**
 * Entry names inside export archives. Names come from users (document titles, attachment file
 * names), so every segment is made safe to extract on Windows, macOS and Linux, and names are made
 * unique across the whole export (all parts), because people extract every part into one folder.
 *
 * The rules, per segment: NFC (macOS and Windows users type the same Korean text differently);
 * control characters, bidi controls (`U+202E` turns `txt.exe` into a name that reads `exe.txt`),
 * `/`, `\` and Windows' `<>:"|?*` become `_`; leading/trailing spaces and trailing dots are removed
 * (Windows drops them, which would make names collide or vanish); `.`/`..`/empty become `_`; Windows
 * device names (`CON`, `nul.txt`, `COM1`, …) get a `_` prefix; at most 100 characters and 240
 * UTF-8 bytes (ext4 and APFS allow 255 bytes; Korean is 3 bytes a character), keeping the extension.
 * Uniqueness ignores case (Windows and macOS file systems do): the second `a.pdf` becomes
 * `a (2).pdf`, and a file and a folder cannot share a name either.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const REPLACED = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*/\\]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
export const MAX_SEGMENT_CHARS = 100;
export const MAX_SEGMENT_BYTES = 240;

/** One path segment made safe to extract anywhere (see the module comment). */
export function sanitizeSegment(raw: string): string {
  // Trimmed first, so stray line breaks around a title are dropped rather than turned into `_`.
  let s = String(raw).normalize('NFC').trim().replace(REPLACED, '_');
  s = s.trim().replace(/[. ]+$/, '');
  if (s === '' || /^\.+$/.test(s)) s = '_';
  if (WINDOWS_DEVICE.test(s)) s = `_${s}`;
  return truncateSegment(s, MAX_SEGMENT_CHARS, MAX_SEGMENT_BYTES);
}

/** Shortens a segment to the limits, cutting the stem (never a surrogate pair) and keeping the extension. */
export function truncateSegment(segment: string, maxChars: number, maxBytes: number): string {
  const fits = (x: string) => x.length <= maxChars && Buffer.byteLength(x, 'utf8') <= maxBytes;
  if (fits(segment)) return segment;
  const { stem, ext } = splitExtension(segment);
  // An "extension" longer than 16 characters is part of the name, not a type to keep.
  const keep = ext.length <= 16 ? ext : '';
  const chars = Array.from(keep ? stem : segment);
  let n = Math.max(1, Math.min(chars.length, maxChars - keep.length));
  while (n > 1 && !fits(chars.slice(0, n).join('') + keep)) n--;
  let out = (chars.slice(0, n).join('').replace(/[. ]+$/, '') || '_') + keep;
  // Only when the kept extension alone is over the limit.
  while (!fits(out) && out.length > 1) out = Array.from(out).slice(0, -1).join('');
  return out;
}

/** `report.final.pdf` → `{ stem: 'report.final', ext: '.pdf' }`; a leading dot is not an extension. */
export function splitExtension(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return { stem: name, ext: '' };
  return { stem: name.slice(0, dot), ext: name.slice(dot) };
}

/**
 * Turns unsanitised paths (folder segments + file name) into safe, export-wide unique entry names.
 * Names handed out are remembered as 53-bit hashes (~20 bytes each instead of ~200 for the string),
 * so a million-entry export costs ~20 MB here. A hash collision (odds ~1e-4 at a million names) can
 * only add a needless ` (2)`, never produce a duplicate.
 */
export class EntryNamer {
  /** Hashes of the case-folded final paths of every file and folder handed out. */
  private readonly taken = new Set<number>();
  /**
   * Case-folded sanitised folder path → the folder's final path (differs when it was renamed). Kept
   * as strings: folders are far fewer than files, and a collision here would merge two folders.
   */
  private readonly folders = new Map<string, string>();

  /** The entry name (`a/b/c.pdf`) for a path; throws on an empty path. */
  name(path: readonly string[]): string {
    if (!Array.isArray(path) || path.length === 0) throw new TypeError('A zip entry needs a path with at least a file name');
    let parentFinal = '';
    let parentKey = '';
    for (const raw of path.slice(0, -1)) {
      const segment = sanitizeSegment(raw);
      const key = `${parentKey}/${fold(segment)}`;
      let final = this.folders.get(key);
      if (final === undefined) {
        final = this.unique(parentFinal, segment, false);
        this.folders.set(key, final);
        this.taken.add(hash53(fold(final)));
      }
      parentFinal = `${final}/`;
      parentKey = key;
    }
    const file = this.unique(parentFinal, sanitizeSegment(path[path.length - 1]), true);
    this.taken.add(hash53(fold(file)));
    return file;
  }

  private unique(parent: string, segment: string, isFile: boolean): string {
    if (!this.taken.has(hash53(fold(parent + segment)))) return parent + segment;
    const { stem, ext } = isFile ? splitExtension(segment) : { stem: segment, ext: '' };
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = truncateSegment(stem, MAX_SEGMENT_CHARS - suffix.length - ext.length, MAX_SEGMENT_BYTES - suffix.length - Buffer.byteLength(ext)) + suffix + ext;
      if (!this.taken.has(hash53(fold(parent + candidate)))) return parent + candidate;
    }
  }
}

function fold(s: string): string {
  return s.toLowerCase();
}

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain). */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Types that are already compressed: deflating them costs CPU and saves nothing. */
const STORED_EXTENSIONS = new Set(
  [
    // images, audio, video
    'jpg', 'jpeg', 'jfif', 'png', 'gif', 'webp', 'heic', 'heif', 'avif', 'jp2', 'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'flac', 'wma',
    'mp4', 'm4v', 'mov', 'avi', 'mkv', 'webm', 'wmv', 'ogv', '3gp',
    // archives and zip-based documents
    'zip', '7z', 'rar', 'gz', 'tgz', 'bz2', 'xz', 'zst', 'lz4', 'cab', 'jar', 'apk', 'ipa',
    'xlsx', 'xlsm', 'docx', 'docm', 'pptx', 'pptm', 'odt', 'ods', 'odp', 'hwpx', 'epub', 'key', 'numbers', 'pages',
    // documents whose content streams are compressed (PDF, HWP 5)
    'pdf', 'hwp', 'woff', 'woff2',
  ],
);

export type ZipCompression = 'STORE' | 'DEFLATE';

/** STORE for already-compressed types (by extension), DEFLATE for text and anything unknown. */
export function chooseCompression(fileName: string): ZipCompression {
  const { ext } = splitExtension(fileName);
  return STORED_EXTENSIONS.has(ext.slice(1).toLowerCase()) ? 'STORE' : 'DEFLATE';
}
