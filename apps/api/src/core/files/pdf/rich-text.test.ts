import { printableText, richTextToBlocks } from './rich-text';

const blocks = (html: string) => richTextToBlocks(html, { imageLabel: 'Image' }).blocks;
const texts = (html: string) => blocks(html).map((block) => block.text);

describe('richTextToBlocks', () => {
  it('keeps paragraphs, headings and line breaks, and collapses HTML whitespace', () => {
    expect(blocks('<h2>개요</h2><p>첫  줄<br>둘째\n줄</p><div>셋째</div>tail')).toEqual([
      { kind: 'heading', text: '개요', depth: 0 },
      { kind: 'paragraph', text: '첫 줄\n둘째 줄', depth: 0 },
      { kind: 'paragraph', text: '셋째', depth: 0 },
      { kind: 'paragraph', text: 'tail', depth: 0 },
    ]);
  });

  it('numbers ordered lists, marks nested bullets, and keeps the marker when the item holds a paragraph', () => {
    expect(blocks('<ol start="3"><li><p>three</p></li><li>four<ul><li>sub</li></ul></li></ol>')).toEqual([
      { kind: 'list-item', text: 'three', depth: 1, marker: '3.' },
      { kind: 'list-item', text: 'four', depth: 1, marker: '4.' },
      { kind: 'list-item', text: 'sub', depth: 2, marker: '◦' },
    ]);
  });

  it('turns table rows into lines with the cells separated', () => {
    expect(texts('<table><tr><th>항목</th><th>금액</th></tr><tr><td>출장비</td><td>120,000</td></tr></table>')).toEqual(['항목 | 금액', '출장비 | 120,000']);
  });

  it('decodes entities, numeric ones included, and leaves unknown ones as written', () => {
    expect(texts('<p>&lt;b&gt; &amp; &quot;x&quot; &#54620;&#xAE00; &nbsp;&copy; &bogus; &#0; &#x110000;</p>')).toEqual(['<b> & "x" 한글 © &bogus;']);
  });

  it('drops scripts, styles, comments and event handlers, and never keeps a URL', () => {
    const html =
      '<p onclick="steal()">safe</p><script>alert("x")</script><style>p{color:red}</style><!-- <p>hidden</p> -->' +
      '<SCRIPT type="text/javascript">document.write("<p>x</p>")</SCRIPT ><iframe src="http://evil.example/"></iframe>' +
      '<a href="javascript:alert(1)">link text</a><img src="http://evil.example/track.png" alt="도표 1"><img src=x onerror=alert(1)>';
    const out = texts(html).join('\n');
    expect(out).toBe('safe\nlink text [Image: 도표 1] [Image]');
    expect(out).not.toMatch(/alert|evil|steal|color|hidden|document\.write/);
  });

  it('tolerates broken markup: unclosed tags, a stray <, quotes with > inside, an unterminated script', () => {
    expect(texts('<p>a < b and 3<4 <b title="x > y">bold</p><div>open')).toEqual(['a < b and 3<4 bold', 'open']);
    expect(texts('<p>before</p><script>never ends <p>x</p>')).toEqual(['before']);
    expect(texts('<!DOCTYPE html><html><head><title>t</title></head><body><![CDATA[x]]>text</body></html>')).toEqual(['text']);
  });

  it('cuts a huge body off and says so', () => {
    const result = richTextToBlocks(`<p>${'가'.repeat(10_000)}</p>`, { imageLabel: 'Image', maxChars: 1_000 });
    expect(result.truncated).toBe(true);
    expect(result.blocks[0].text).toHaveLength(1_000);
  });

  it('stays linear on hostile input (100,000 script tags, 1 MB without a >)', () => {
    const started = Date.now();
    richTextToBlocks('<script>x</script>'.repeat(100_000), { imageLabel: 'Image' });
    richTextToBlocks(`<p title="${'x'.repeat(1_000_000)}`, { imageLabel: 'Image' });
    richTextToBlocks('<'.repeat(200_000), { imageLabel: 'Image', maxChars: 1_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('printableText', () => {
  it('drops control characters and lone surrogates and turns CR and line separators into line breaks', () => {
    expect(printableText('a\u0000b\u0007c\rd\u2028e\u200bf\ud800g\u{1F600}')).toBe('abc\nd\nef' + 'g\u{1F600}');
  });
});
