/**
 * The attributes the walk reads of every element it enters, read in one pass over the element's
 * own. A page's elements come in hundreds of shapes of attributes, so a look-up by name is a
 * megamorphic one, and most of the walk's are of a name the element does not have: twenty of
 * them cost more than twice this pass over the one or two an element has (measured on the
 * elements of WCXB dev pages). Tag-specific attributes (`href`, `datetime`, `start`) are read
 * where their tag is handled.
 */
export class Attributes {
  class: string | undefined = undefined;
  id: string | undefined = undefined;
  name: string | undefined = undefined;
  role: string | undefined = undefined;
  style: string | undefined = undefined;
  rel: string | undefined = undefined;
  itemprop: string | undefined = undefined;
  itemtype: string | undefined = undefined;
  hidden: string | undefined = undefined;
  ariaHidden: string | undefined = undefined;
  ariaModal: string | undefined = undefined;
  ariaControls: string | undefined = undefined;
  dataTarget: string | undefined = undefined;
  dataBsTarget: string | undefined = undefined;
}

/**
 * What `attribs` holds of the names the walk reads (see `Attributes`), into `attrs`: the walk
 * reads one element's at a time, and refills one object rather than make one an element.
 */
export function attributesOf(attribs: Record<string, string>, attrs: Attributes = new Attributes()): Attributes {
  attrs.class = attrs.id = attrs.name = attrs.role = attrs.style = attrs.rel = attrs.itemprop = attrs.itemtype = undefined;
  attrs.hidden = attrs.ariaHidden = attrs.ariaModal = attrs.ariaControls = attrs.dataTarget = attrs.dataBsTarget = undefined;
  for (const key in attribs) {
    switch (key) {
      case 'class':
        attrs.class = attribs[key];
        break;
      case 'id':
        attrs.id = attribs[key];
        break;
      case 'name':
        attrs.name = attribs[key];
        break;
      case 'role':
        attrs.role = attribs[key];
        break;
      case 'style':
        attrs.style = attribs[key];
        break;
      case 'rel':
        attrs.rel = attribs[key];
        break;
      case 'itemprop':
        attrs.itemprop = attribs[key];
        break;
      case 'itemtype':
        attrs.itemtype = attribs[key];
        break;
      case 'hidden':
        attrs.hidden = attribs[key];
        break;
      case 'aria-hidden':
        attrs.ariaHidden = attribs[key];
        break;
      case 'aria-modal':
        attrs.ariaModal = attribs[key];
        break;
      case 'aria-controls':
        attrs.ariaControls = attribs[key];
        break;
      case 'data-target':
        attrs.dataTarget = attribs[key];
        break;
      case 'data-bs-target':
        attrs.dataBsTarget = attribs[key];
        break;
    }
  }
  return attrs;
}
