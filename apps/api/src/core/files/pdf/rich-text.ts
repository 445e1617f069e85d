/**
 * Untrusted rich-text HTML (a document body written in the approval service's editor) turned into
 * plain text blocks for the PDF. The HTML is never rendered: this is a small tokenizer that keeps
 * text, paragraphs, line breaks, headings, list items and table rows, and drops everything else —
 * scripts, styles, event handlers, links' targets, and images (listed by their alt text, never
 * fetched). It tolerates any input: unclosed or misnested tags, stray `<`, unknown entities.
 */

export type TextBlockKind = 'paragraph' | 'heading' | 'list-item' | 'preformatted' | 'rule';

export interface TextBlock {
  kind: TextBlockKind;
  /** Lines are separated by `\n`; never empty except for `rule`. */
  text: string;
  /** List nesting depth (0 outside lists). */
  depth: number;
  /** `•`, `◦` or `3.` for list items. */
  marker?: string;
}

export interface RichTextOptions {
  /** Shown in place of an image, e.g. `Image`; the alt text follows it. */
  imageLabel: string;
  /** Text beyond this many characters is cut off and `truncated` is set (a hostile body must not stall the renderer). */
  maxChars?: number;
}

export interface RichText {
  blocks: TextBlock[];
  truncated: boolean;
}

const DEFAULT_MAX_CHARS = 300_000;

/** Elements whose content is not document text (or is code): skipped with everything inside. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'canvas', 'audio', 'video', 'select', 'textarea', 'button']);
/** Elements whose content is raw text up to their end tag, so `<` inside does not start a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'figure', 'figcaption',
  'address', 'form', 'fieldset', 'details', 'summary', 'center', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot',
  'caption', 'tr', 'ul', 'ol', 'li', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'body', 'html',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  middot: '·', bull: '•', hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', deg: '°', plusmn: '±',
  yen: '¥', euro: '€', pound: '£', cent: '¢', sect: '§', para: '¶', larr: '←', rarr: '→', uarr: '↑', darr: '↓',
  shy: '', zwj: '', zwnj: '',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return isPrintableCodePoint(codePoint) ? String.fromCodePoint(codePoint) : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function isPrintableCodePoint(codePoint: number): boolean {
  if (!Number.isFinite(codePoint) || codePoint > 0x10ffff) return false;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  if (codePoint === 0x09 || codePoint === 0x0a) return true;
  return !(codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0));
}

/** Drops control characters (they have no glyph and some break PDF text) and lone surrogates. */
export function printableText(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
    c === '\u2028' || c === '\u2029' ? '\n' : c === '\u000b' || c === '\u000c' || c === '\r' ? '\n' : '',
  );
}

/** One line of printable text (titles, names, table cells): CR/LF and tabs in them are just spaces. */
export function singleLine(text: string): string {
  return printableText(text).replace(/\s+/g, ' ').trim();
}

interface ListFrame {
  ordered: boolean;
  next: number;
}

/** Converts untrusted HTML to text blocks (see the file comment). */
export function richTextToBlocks(html: string, options: RichTextOptions): RichText {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const blocks: TextBlock[] = [];
  const lists: ListFrame[] = [];
  let current: { kind: TextBlockKind; text: string; depth: number; marker?: string } | null = null;
  let pre = 0;
  let headingOpen = false;
  let cellsInRow = 0;
  let total = 0;
  let truncated = false;

  const flush = () => {
    if (current) {
      const text = current.kind === 'preformatted' ? current.text.replace(/^\n+|\s+$/g, '') : current.text.split('\n').map((line) => line.trim()).join('\n').replace(/^\n+|\n+$/g, '');
      if (text) blocks.push({ kind: current.kind, text, depth: current.depth, ...(current.marker ? { marker: current.marker } : {}) });
    }
    current = null;
  };
  const open = (kind: TextBlockKind, marker?: string) => {
    flush();
    current = { kind, text: '', depth: lists.length, ...(marker ? { marker } : {}) };
  };
  const append = (raw: string) => {
    if (truncated) return;
    let text = printableText(decodeEntities(raw));
    if (pre === 0) text = text.replace(/[\t\n\r\f ]+/g, ' ').replace(/\u00a0/g, ' ');
    if (!text) return;
    if (!current) open(pre > 0 ? 'preformatted' : headingOpen ? 'heading' : lists.length ? 'list-item' : 'paragraph');
    const block = current!;
    // Collapse a space at a line start or after a space already written (HTML whitespace rules).
    if (pre === 0 && text.startsWith(' ') && (block.text === '' || block.text.endsWith(' ') || block.text.endsWith('\n'))) text = text.slice(1);
    if (total + text.length > maxChars) {
      text = text.slice(0, Math.max(0, maxChars - total));
      truncated = true;
    }
    total += text.length;
    block.text += text;
  };
  const lineBreak = () => {
    if (!current) open(lists.length ? 'list-item' : 'paragraph');
    current!.text += '\n';
  };

  let index = 0;
  const length = html.length;
  while (index < length && !truncated) {
    const lt = html.indexOf('<', index);
    if (lt === -1) {
      append(html.slice(index));
      break;
    }
    if (lt > index) append(html.slice(index, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      index = end === -1 ? length : end + 3;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!tag) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        // <!DOCTYPE …>, <![CDATA[ … ]]>, <?xml …?>: declarations, not text.
        const end = html.indexOf('>', lt);
        index = end === -1 ? length : end + 1;
      } else {
        append('<');
        index = lt + 1;
      }
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    const tagEnd = findTagEnd(html, lt + tag[0].length);
    const attributes = html.slice(lt + tag[0].length, tagEnd === -1 ? length : tagEnd);
    index = tagEnd === -1 ? length : tagEnd + 1;
    const selfClosing = attributes.trimEnd().endsWith('/');

    if (!closing && (SKIPPED.has(name) || RAW_TEXT.has(name))) {
      if (selfClosing && !RAW_TEXT.has(name)) continue;
      // Skip to the matching end tag; without one, the rest of the input is that element's.
      const endPattern = new RegExp(`</${name}[\\s/>]`, 'gi');
      endPattern.lastIndex = index;
      const endTag = endPattern.exec(html);
      if (SKIPPED.has(name)) {
        index = endTag ? endTag.index + endTag[0].length : length;
        if (endTag && !endTag[0].endsWith('>')) {
          const close = html.indexOf('>', index);
          index = close === -1 ? length : close + 1;
        }
      } else {
        // Raw text that is content (xmp, plaintext): kept as text, never parsed.
        const stop = endTag ? endTag.index : length;
        append(html.slice(index, stop));
        index = stop;
      }
      continue;
    }

    switch (name) {
      case 'br':
        lineBreak();
        continue;
      case 'img': {
        const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
        const altText = alt ? (alt[2] ?? alt[3] ?? alt[4] ?? '').trim() : '';
        append(` [${options.imageLabel}${altText ? `: ${altText}` : ''}] `);
        continue;
      }
      case 'td':
      case 'th':
        if (!closing) {
          if (cellsInRow > 0) append(' | ');
          cellsInRow += 1;
        }
        continue;
      case 'tr':
        cellsInRow = 0;
        if (closing) flush();
        else open('paragraph');
        continue;
      case 'ul':
      case 'ol':
        flush();
        if (closing) lists.pop();
        else {
          const start = /\bstart\s*=\s*["']?(-?\d{1,6})/i.exec(attributes);
          lists.push({ ordered: name === 'ol', next: start ? Number(start[1]) : 1 });
        }
        continue;
      case 'li':
        if (closing) flush();
        else {
          const list = lists[lists.length - 1];
          const marker = !list ? '•' : list.ordered ? `${list.next++}.` : lists.length % 2 === 1 ? '•' : '◦';
          open('list-item', marker);
        }
        continue;
      case 'pre':
        flush();
        pre = closing ? Math.max(0, pre - 1) : pre + 1;
        continue;
      case 'hr':
        flush();
        blocks.push({ kind: 'rule', text: '', depth: 0 });
        continue;
      default:
        if (/^h[1-6]$/.test(name)) {
          flush();
          headingOpen = !closing;
          if (!closing) open('heading');
          continue;
        }
        // An empty block (e.g. `<li><p>`) stays open, so the list item keeps its marker.
        if (BLOCKS.has(name) && current && (current as { text: string }).text.trim()) flush();
    }
  }
  flush();
  return { blocks, truncated };
}

/** The `>` that ends a tag, skipping quoted attribute values (which may contain `>`). */
function findTagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < html.length; i += 1) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}
