import type { Element } from 'domhandler';
import type { Attributes } from './attributes.js';

/** Whether the element's previous element sibling is a `<button>`: an accordion's question, whose answer follows it, with no id to name it by. */
function afterButton(el: Element): boolean {
  let prev = el.prev;
  while (prev && prev.type !== 'tag') prev = prev.prev;
  return prev !== null && (prev as Element).name === 'button';
}

/**
 * The panels a page shows on demand: tabs (`role=tabpanel`) and the elements a toggle opens
 * (an accordion's answers, a tab's pane, named by the toggle's `aria-controls` or Bootstrap's
 * `data-target`, or the element right after a button, an accordion's answer after its question).
 * They are hidden until the reader asks, but they are the page's content: a
 * service page's FAQ, a product's specification tab, the other languages of a code sample.
 * A toggle comes before its panel on nearly every page, so one walk notes the ids it opens.
 */
export class OnDemandPanels {
  private readonly opened = new Set<string>();

  /** Notes the ids an element opens, if it is a toggle. */
  note(attrs: Attributes): void {
    const controls = attrs.ariaControls;
    if (controls) for (const id of controls.split(' ')) if (id) this.opened.add(id);
    // Bootstrap's toggles name their panel by `#id`
    this.noteTarget(attrs.dataTarget);
    this.noteTarget(attrs.dataBsTarget);
  }

  private noteTarget(target: string | undefined): void {
    if (target !== undefined && target.length > 1 && target[0] === '#') this.opened.add(target.slice(1));
  }

  /**
   * Whether a hidden element is a panel to read. A tab panel is, however it is hidden, and so is an
   * accordion's region a toggle opens; another element
   * a toggle opens is when a style or a class hides it, not the `hidden` attribute or
   * `aria-hidden` (there, as often, a menu's drop-down or a dialog: measured on WCXB dev, the
   * words of those are mostly not the pages' content), and never a modal dialog (`aria-modal`:
   * a shop's terms and privacy texts, opened from its footer).
   */
  opens(el: Element, attrs: Attributes): boolean {
    if (attrs.role === 'tabpanel') return true;
    if (attrs.ariaModal === 'true') return false;
    const opened = attrs.id !== undefined && this.opened.has(attrs.id);
    // WAI-ARIA's accordion: the panel a toggle opens is a region, however it is hidden
    if (opened && attrs.role === 'region') return true;
    if (attrs.hidden !== undefined || attrs.ariaHidden === 'true') return false;
    return opened || afterButton(el);
  }
}
