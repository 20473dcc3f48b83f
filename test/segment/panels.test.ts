import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../src/segment/html/walk.js';

const texts = (body: string) => segmentHtml(`<html><body>${body}</body></html>`).blocks.map((b) => b.text);

describe('panels a page shows on demand', () => {
  it('reads a tab panel however it is hidden', () => {
    const body = '<div role="tablist"><span>Python</span></div><div role="tabpanel" hidden><p>Install the package with pip first.</p></div>';
    expect(texts(body)).toContain('Install the package with pip first.');
  });

  it('reads the answer a toggle opens, hidden by a style or a class', () => {
    const body = '<button aria-controls="faq-1" aria-expanded="false">How long does delivery take?</button>'
      + '<div id="faq-1" style="display:none"><p>Most orders arrive within three working days.</p></div>'
      + '<a data-bs-target="#faq-2">Do you ship abroad?</a><div id="faq-2" class="hidden"><p>We ship to every country in Europe.</p></div>';
    const read = texts(body);
    expect(read).toContain('Most orders arrive within three working days.');
    expect(read).toContain('We ship to every country in Europe.');
  });

  it('reads the answer hidden by a class right after its question\'s button, with no id to name it', () => {
    const body = '<div><button type="button"><h5>Can I cancel at any time?</h5></button>'
      + '<div class="text-sm hidden"><p>Yes, and we refund the unused part of the month.</p></div></div>';
    expect(texts(body)).toContain('Yes, and we refund the unused part of the month.');
  });

  it('reads an accordion\'s region its toggle opens, even hidden by aria-hidden', () => {
    const body = '<h3><button aria-controls="answer-2" aria-expanded="false">Can I use my own vet?</button></h3>'
      + '<div role="region" id="answer-2" aria-labelledby="q-2" aria-hidden="true"><p>Any licensed vet will do, with no network to keep to.</p></div>';
    expect(texts(body)).toContain('Any licensed vet will do, with no network to keep to.');
  });

  it("reads an accordion's panel labelled by the toggle that opens it, hidden by aria-hidden, with no role", () => {
    const body = '<h3><button id="q-3" aria-controls="answer-3" aria-expanded="false">Do you offer a free trial?</button></h3>'
      + '<section id="answer-3" aria-labelledby="q-3" aria-hidden="true" inert><p>Every plan starts with fourteen days free.</p></section>'
      + '<button id="menu-button" aria-controls="menu-2">Products</button><div id="menu-2" aria-labelledby="other-label" aria-hidden="true"><p>Drop-down of products.</p></div>';
    const read = texts(body);
    expect(read).toContain('Every plan starts with fourteen days free.');
    expect(read).not.toContain('Drop-down of products.');
  });

  it("reads the panel a toggle in a heading opens, hidden by aria-hidden (an accordion's question), not a menu button's", () => {
    const body = '<h3><a href="javascript:void(0)" aria-controls="content-1" aria-expanded="false">How much should I save?</a></h3>'
      + '<div id="content-1" aria-hidden="true"><p>Put aside a tenth of every pay cheque to start.</p></div>'
      + '<nav><button aria-controls="shop-menu">Shop</button><div id="shop-menu" aria-hidden="true"><p>All departments.</p></div></nav>';
    const read = texts(body);
    expect(read).toContain('Put aside a tenth of every pay cheque to start.');
    expect(read).not.toContain('All departments.');
  });

  it('leaves other hidden elements, and a toggled one hidden by aria-hidden or the hidden attribute (a menu, a dialog)', () => {
    const body = '<div style="display:none"><p>A hidden promotion.</p></div>'
      + '<button>Subscribe</button><div hidden><p>Thanks for subscribing.</p></div>'
      + '<button aria-controls="menu">Menu</button><div id="menu" aria-hidden="true" style="display:none"><p>Drop-down menu.</p></div>'
      + '<button aria-controls="dialog">Sign in</button><div id="dialog" hidden><p>Sign-in dialog.</p></div>';
    expect(texts(body)).toEqual([]);
  });

  it('never reads a modal dialog, whether a toggle opens it or nothing hides it (a shop\'s terms in its footer)', () => {
    const body = '<a aria-controls="terms">Terms of service</a><div id="terms" aria-modal="true" class="fixed hidden"><p>These terms govern your use of the shop.</p></div>'
      + '<div role="dialog" aria-modal="true"><p>We value your privacy and use cookies.</p></div><p>The page itself.</p>';
    expect(texts(body)).toEqual(['Terms of service', 'The page itself.']);
  });
});
