/** Notes about the author and ways to reach them: contact lines, author bios, contact boxes. */
import { AUTHOR_BIO, CONTACT_OR_CREDIT, EMAIL, PHONE } from '../vocab/index.js';
import { BIO_MAX_WORDS, BOILERPLATE_MAX_WORDS, CONTACT_DETAILS, SMALL_PRINT_MAX_WORDS } from '../settings.js';
import type { Rule } from './rule.js';

/** Every contact detail has an `@` or a digit: most paragraphs are passed over without the long pattern. */
const MAY_HOLD_CONTACT = /[@\d]/;

function emails(text: string): number {
  return text.includes('@') ? text.match(EMAIL)?.length ?? 0 : 0;
}

export const AUTHOR_NOTE_RULES: Rule[] = [
  {
    id: 'contact-line', family: 'byline', grade: 'bad', belowWords: BOILERPLATE_MAX_WORDS, reason: 'author note or contact',
    test: (e) => emails(e.text) > 0 || CONTACT_OR_CREDIT.test(e.text),
    examples: { fires: ['Write to Jane Doe at jane.doe@example.com', 'Reporting by Jane Doe; Editing by John Roe'], passes: ['The reporters wrote about the flood for a week.'] },
  },
];

export const AUTHOR_BOX_RULES: Rule[] = [
  {
    id: 'author-bio', family: 'byline', grade: 'bad', belowWords: Math.min(SMALL_PRINT_MAX_WORDS, BIO_MAX_WORDS), reason: 'author note',
    test: (e) => AUTHOR_BIO.test(e.text),
    examples: { fires: ['Jane Doe is a senior reporter who covers science and health for the magazine.'], passes: ['Jane Doe is a nurse who lives in Leeds with her two children and a dog.'] },
  },
  {
    id: 'contact-details', family: 'byline', grade: 'bad', belowWords: SMALL_PRINT_MAX_WORDS, reason: 'contact details',
    test: (e) => MAY_HOLD_CONTACT.test(e.text) && emails(e.text) + (e.text.match(PHONE)?.length ?? 0) >= CONTACT_DETAILS,
    examples: {
      fires: ['Press office: Tel: +44 20 7946 0000, Fax: +44 20 7946 0001, Phone: +44 20 7946 0002. The office answers calls on weekdays from nine to five and at weekends in emergencies only, for all of our readers and all of our partners.'],
      passes: ['Call the hotline if you see anything odd: Tel: 0800 555 0100.'],
    },
  },
];
