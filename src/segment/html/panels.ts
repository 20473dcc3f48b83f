import type { Element } from 'domhandler';

/** The attributes by which a toggle names the element it opens (WAI-ARIA's, and Bootstrap's `#id`). */
const TARGET_ATTRIBUTES = ['data-target', 'data-bs-target'] as const;

/**
 * The panels a page shows on demand: tabs (`role=tabpanel`) and the elements a toggle opens
 * (an accordion's answers, a tab's pane, named by the toggle's `aria-controls` or Bootstrap's
 * `data-target`). They are hidden until the reader asks, but they are the page's content: a
 * service page's FAQ, a product's specification tab, the other languages of a code sample.
 * A toggle comes before its panel on nearly every page, so one walk notes the ids it opens.
 */
export class OnDemandPanels {
  private readonly opened = new Set<string>();

  /** Notes the ids an element opens, if it is a toggle. */
  note(el: Element): void {
    const a = el.attribs;
    const controls = a['aria-controls'];
    if (controls) for (const id of controls.split(' ')) if (id) this.opened.add(id);
    for (const name of TARGET_ATTRIBUTES) {
      const target = a[name];
      if (target !== undefined && target.length > 1 && target[0] === '#') this.opened.add(target.slice(1));
    }
  }

  /**
   * Whether a hidden element is a panel to read. A tab panel is, however it is hidden; an element
   * a toggle opens is when a style or a class hides it, not the `hidden` attribute or
   * `aria-hidden` (there, as often, a menu's drop-down or a dialog: measured on WCXB dev, the
   * words of those are mostly not the pages' content), and never a modal dialog (`aria-modal`:
   * a shop's terms and privacy texts, opened from its footer).
   */
  opens(el: Element): boolean {
    const a = el.attribs;
    if (a.role === 'tabpanel') return true;
    return a.id !== undefined && this.opened.has(a.id) && a.hidden === undefined && a['aria-hidden'] !== 'true' && a['aria-modal'] !== 'true';
  }
}
