import type { Element } from 'domhandler';
import { TOGGLE_HEADING_REACH } from '../../settings.js';
import type { Attributes } from './attributes.js';

/** Whether the element's previous element sibling is a `<button>`: an accordion's question, whose answer follows it, with no id to name it by. */
function afterButton(el: Element): boolean {
  let prev = el.prev;
  while (prev && prev.type !== 'tag') prev = prev.prev;
  return prev !== null && (prev as Element).name === 'button';
}

const HEADING = /^h[1-6]$/;

/** Whether an element stands in a heading, within `TOGGLE_HEADING_REACH` levels. */
function inHeading(el: Element): boolean {
  let node = el.parent;
  for (let k = 0; k < TOGGLE_HEADING_REACH && node && node.type === 'tag'; k++, node = node.parent) if (HEADING.test((node as Element).name)) return true;
  return false;
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
  /** The ids of the toggles that name what they open (`aria-controls`). */
  private readonly toggles = new Set<string>();
  /** The ids opened by a toggle set in a heading: an accordion's question (a menu's button heads nothing). */
  private readonly headed = new Set<string>();

  /** Notes the ids an element opens, if it is a toggle. */
  note(el: Element, attrs: Attributes): void {
    const controls = attrs.ariaControls;
    if (controls) for (const id of controls.split(' ')) if (id) this.opened.add(id);
    if (controls && attrs.id) this.toggles.add(attrs.id);
    if (controls && inHeading(el)) for (const id of controls.split(' ')) if (id) this.headed.add(id);
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
    // WAI-ARIA's accordion: the panel a toggle opens is a region, or labelled by its toggle, however
    // it is hidden (WCXB dev html, the label's test: service 0.833 to 0.837, three pages up, none
    // down), or opened by a toggle in a heading (collections 0.691 to 0.705: the sections of a
    // category's guide below its grid, eleven pages up, none down)
    if (opened && (attrs.role === 'region' || this.labelledByToggle(el.attribs['aria-labelledby']) || this.headed.has(attrs.id!))) return true;
    if (attrs.hidden !== undefined || attrs.ariaHidden === 'true') return false;
    return opened || afterButton(el);
  }

  /** Whether an element is labelled by a toggle that opens it: an accordion's panel, named by its question, as WAI-ARIA's pattern has it. */
  private labelledByToggle(labelledBy: string | undefined): boolean {
    return labelledBy !== undefined && this.toggles.has(labelledBy);
  }
}
