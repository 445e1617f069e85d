import { escapeHtml, relativeUrl, renderNoticePage, sanitizeNoticeBody } from './notice-page';

const images = new Map([['https://board.example/i/1.png', 'images/01.png']]);

describe('sanitizeNoticeBody', () => {
  it.each([
    ['a script', '<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['event handlers', '<p onclick="x()" onmouseover="y()">ok</p>', '<p>ok</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a title="javascript:alert(1)">x</a>'],
    ['an entity-encoded javascript: link', '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a title="jav\tascript:alert(1)">x</a>'],
    ['a remote image', '<img src="https://evil.example/t.gif">', ''],
    ['a protocol-relative image', '<img src="//evil.example/t.gif">', ''],
    ['a data: image', '<img src="data:image/png;base64,AAAA">', ''],
    ['srcset', '<img src="https://board.example/i/1.png" srcset="https://evil.example/a.png 2x">', '<img src="images/01.png" />'],
    ['inline styles', '<div style="background:url(https://evil.example/)">x</div>', '<div>x</div>'],
    ['style elements', '<style>@import "https://evil.example/a.css";</style>x', 'x'],
    ['frames, objects and forms', '<iframe src="https://e"></iframe><object data="https://e"></object><form action="https://e"><input></form>x', 'x'],
    ['svg', '<svg><image href="https://evil.example/a.png"/><script>alert(1)</script></svg>x', 'x'],
    ['base, meta and link', '<base href="https://e/"><meta http-equiv="refresh" content="0;url=https://e"><link rel="stylesheet" href="https://e">x', 'x'],
    ['an unclosed comment trick', '<!--<img src="--><img src=x onerror=alert(1)//">', ''],
  ])('removes %s', (_what, input, expected) => {
    expect(sanitizeNoticeBody(input, images)).toBe(expected);
  });

  it('keeps formatting, tables, fragment and mailto links, and rewrites the notice’s own images', () => {
    const body = '<h2>제목</h2><p><b>굵게</b> <a href="#a">앵커</a> <a href="mailto:it@example.com">메일</a></p><table><tr><td colspan="2">셀</td></tr></table><img src="https://board.example/i/1.png" alt="배너" width="10">';
    expect(sanitizeNoticeBody(body, images)).toBe(
      '<h2>제목</h2><p><b>굵게</b> <a href="#a">앵커</a> <a href="mailto:it@example.com">메일</a></p><table><tr><td colspan="2">셀</td></tr></table><img alt="배너" width="10" src="images/01.png" />',
    );
  });
});

describe('renderNoticePage', () => {
  it('escapes the title and metadata and forbids remote loads by policy as well', () => {
    const html = renderNoticePage({
      language: 'ja',
      title: '</title><script>alert(1)</script>',
      labels: { author: '投稿者', postedAt: '掲載日時', attachments: '添付ファイル' },
      authorName: '"><img src=x onerror=alert(1)>',
      postedAt: '2026-03-15 08:30:00 +09:00',
      bodyHtml: '<p>本文</p>',
      images: new Map(),
      attachments: [{ name: 'a<b>.pdf', href: relativeUrl(['添付ファイル', 'a<b>.pdf']) }],
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain(`<a href="${relativeUrl(['添付ファイル', 'a<b>.pdf'])}">a&lt;b&gt;.pdf</a>`);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<html lang="ja">');
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
