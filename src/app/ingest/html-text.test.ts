import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-text.ts';

describe('htmlToText', () => {
  it('keeps the text of the blocks as paragraphs, with the title first', () => {
    const html = `<!doctype html><html><head><title>Iraqi forces &amp; Mosul</title><meta charset="utf-8"></head>
      <body><h1>Iraqi forces &amp; Mosul</h1>
      <p>Troops entered <b>West
        Mosul</b> on Sunday.<br>Smoke rose over the Old City.</p>
      <ul><li>Raqqa</li><li>Deir ez-Zor</li></ul></body></html>`;
    expect(htmlToText(html)).toBe('Iraqi forces & Mosul\n\nTroops entered West Mosul on Sunday.\n\nSmoke rose over the Old City.\n\nRaqqa\n\nDeir ez-Zor');
  });

  it('puts the title before a body that does not start with it', () => {
    expect(htmlToText('<title>Lũ ở Huế</title><p>Nước lên cao.</p>')).toBe('Lũ ở Huế\n\nNước lên cao.');
  });

  it('drops scripts, styles, comments and handlers; markup written as text stays text', () => {
    const html = `<p onclick="alert(1)">Before</p><script>alert("x <p>")</script><style>p{}</style><!-- <p>hidden</p> -->
      <img src=x onerror="alert(2)"><svg><text>svg</text></svg><p title="a > b">&lt;script&gt;alert(3)&lt;/script&gt;</p><script>unclosed`;
    expect(htmlToText(html)).toBe('Before\n\n<script>alert(3)</script>');
  });

  it('leaves a lone "<" that starts no tag as text', () => {
    expect(htmlToText('<p>1 < 2 and 3 <4</p>')).toBe('1 < 2 and 3 <4');
  });
});

describe('decodeEntities', () => {
  it('decodes names, decimal and hex numbers, and Vietnamese letters', () => {
    expect(decodeEntities('Th&agrave;nh c&#7893; &#x110;&agrave; N&#7861;ng&nbsp;&hellip;')).toBe('Thành cổ Đà Nẵng\u00a0…');
    expect(decodeEntities('&dstrok;&abreve;')).toBe('đă');
  });

  it('leaves unknown names and impossible numbers harmless', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &#99999999;')).toBe('&bogus; \uFFFD \uFFFD &#99999999;');
  });
});
