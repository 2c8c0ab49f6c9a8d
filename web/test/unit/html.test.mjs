// The escaping between user text and the page (html.mjs): every interpolated value is text unless it is
// markup made by html`` or raw() here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escape, html, markup, raw } from '../../src/html.mjs';

test('given markup characters in a value, when interpolated, then each is an entity', () => {
  const name = `<img src=x onerror="alert('x')">&`;
  assert.equal(markup(html`<td>${name}</td>`), '<td>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</td>');
});

test('given a value inside an attribute, when interpolated, then it cannot close the attribute', () => {
  assert.equal(markup(html`<a href="${'" onclick="evil()'}">x</a>`), '<a href="&quot; onclick=&quot;evil()">x</a>');
});

test('given nested html fragments and arrays, when interpolated, then they stay markup and their values stay escaped', () => {
  const rows = ['<b>', 'ok'].map((v) => html`<li>${v}</li>`);
  assert.equal(markup(html`<ul>${rows}</ul>`), '<ul><li>&lt;b&gt;</li><li>ok</li></ul>');
});

test('given null, undefined, numbers and zero, when interpolated, then they are text ("" for null and undefined)', () => {
  assert.equal(markup(html`${null}|${undefined}|${0}|${12.5}`), '||0|12.5');
});

test('given a plain object that pretends to be raw, when interpolated, then it is escaped as text', () => {
  assert.equal(markup(html`${{ raw: '<b>' }}`), '[object Object]');
  assert.equal(markup(html`${{ toString: () => '<b>' }}`), '&lt;b&gt;');
});

test('given raw() markup, when interpolated, then it is kept as it is', () => {
  assert.equal(markup(html`<p>${raw('<br>')}</p>`), '<p><br></p>');
  assert.equal(escape(`a&b<c>"d"'e'`), 'a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;');
});
