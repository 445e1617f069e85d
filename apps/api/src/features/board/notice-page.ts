import sanitizeHtml from 'sanitize-html';

/** What a standalone notice page shows; `images` maps each src the body uses to the exported file's relative URL. */
export interface NoticePage {
  language: string;
  title: string;
  labels: { author: string; postedAt: string; attachments: string };
  authorName: string;
  postedAt: string;
  bodyHtml: string;
  images: ReadonlyMap<string, string>;
  attachments: ReadonlyArray<{ name: string; href: string }>;
}

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A relative URL from path segments (each percent-encoded, so names with spaces, `#` or Hangul stay one segment). */
export function relativeUrl(segments: readonly string[]): string {
  return segments.map((segment) => encodeURIComponent(segment)).join('/');
}

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'small', 'mark',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'a', 'img', 'figure', 'figcaption',
];

/**
 * The board's HTML made safe to open from an archive (an allowlist, through a real HTML parser):
 * no scripts, no event handlers, no styles (CSS can load URLs), no forms, frames or embeds, and
 * nothing that reaches the network — images only from the exported files (`images`; any other img
 * is dropped), links only to `#fragments` and `mailto:` (a web link keeps its text and shows its
 * address as a tooltip, but is not followed from an offline backup).
 */
export function sanitizeNoticeBody(bodyHtml: string, images: ReadonlyMap<string, string>): string {
  return sanitizeHtml(bodyHtml, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      ol: ['start', 'type'],
    },
    allowedSchemes: ['mailto'],
    allowedSchemesByTag: { img: [] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      img: (tagName, attribs) => {
        const { src, ...rest } = attribs;
        const local = src === undefined ? undefined : images.get(src) ?? images.get(src.trim());
        return { tagName, attribs: local ? { ...rest, src: local } : rest };
      },
      a: (tagName, attribs) => {
        const { href, ...rest } = attribs;
        const target = (href ?? '').trim();
        if (target === '') return { tagName, attribs: rest };
        if (target.startsWith('#') || /^mailto:/i.test(target)) return { tagName, attribs: { ...rest, href: target } };
        return { tagName, attribs: { ...rest, title: target } };
      },
    },
    // An img whose src was not one of the notice's exported images has nothing left to show.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  });
}

const STYLE = `body{margin:0;background:#f5f6f8;color:#1f2328;font:15px/1.6 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic","Hiragino Sans","Yu Gothic",sans-serif}
article{max-width:860px;margin:24px auto;padding:24px 32px;background:#fff;border:1px solid #d0d7de;border-radius:8px}
h1{font-size:1.5em;margin:0 0 8px}dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0 0 16px;color:#57606a;font-size:.9em}
dl.meta dd{margin:0}.body{border-top:1px solid #d0d7de;padding-top:16px;overflow-wrap:anywhere}.body img{max-width:100%;height:auto}
.body table{border-collapse:collapse}.body td,.body th{border:1px solid #d0d7de;padding:4px 8px}
section.attachments{border-top:1px solid #d0d7de;margin-top:24px}section.attachments h2{font-size:1em}`;

/**
 * A complete page for one notice: title and metadata escaped, the body sanitised, and a Content
 * Security Policy that would block anything remote even if the sanitiser missed it.
 */
export function renderNoticePage(page: NoticePage): string {
  const attachments =
    page.attachments.length === 0
      ? ''
      : `<section class="attachments"><h2>${escapeHtml(page.labels.attachments)}</h2><ul>${page.attachments
          .map((file) => `<li><a href="${escapeHtml(file.href)}">${escapeHtml(file.name)}</a></li>`)
          .join('')}</ul></section>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' file:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<h1>${escapeHtml(page.title)}</h1>
<dl class="meta"><dt>${escapeHtml(page.labels.author)}</dt><dd>${escapeHtml(page.authorName)}</dd><dt>${escapeHtml(page.labels.postedAt)}</dt><dd>${escapeHtml(page.postedAt)}</dd></dl>
<div class="body">${sanitizeNoticeBody(page.bodyHtml, page.images)}</div>
${attachments}
</article>
</body>
</html>
`;
}
