/** Calls to act, disclaimers, cookie banners, legal small print and picture credits. */
import {
  BOILERPLATE_SENTENCE, CAPTION, CLICK_HERE, COOKIE_NOTICE, DISCLOSURE, LEGAL_NOTICE, NEWSLETTER_PITCH, PICTURE_CREDIT, PITCH,
} from '../vocab/index.js';
import { BOILERPLATE_MAX_WORDS, CLICK_LINE_MAX_WORDS, PITCH_MAX_WORDS, PITCH_MAX_WORDS_OPENING, SMALL_PRINT_MAX_WORDS } from '../settings.js';
import type { Rule } from './rule.js';

const CALL_TO_ACT = 'call to act (subscribe, follow, share)';
const DISCLAIMER = 'disclaimer or notice';

/** A call to act opens its paragraph, which may go on to sell a membership for a while. */
export const CALL_TO_ACT_RULE: Rule = {
  id: 'pitch', family: 'notice', grade: 'bad', maxWords: PITCH_MAX_WORDS_OPENING, reason: CALL_TO_ACT,
  test: (e) => PITCH.test(e.text),
  examples: { fires: ['Subscribe to our newsletter for the latest updates.', 'Need more space? Sign up for a free account.'], passes: ['The club asked members to subscribe again.'] },
};

export const PITCH_RULES: Rule[] = [
  CALL_TO_ACT_RULE,
  {
    id: 'newsletter-pitch', family: 'notice', grade: 'bad', maxWords: PITCH_MAX_WORDS, reason: CALL_TO_ACT,
    test: (e) => NEWSLETTER_PITCH.test(e.text),
    examples: { fires: ['Get the best stories delivered straight to your inbox every morning.'], passes: ['The inbox filled up with complaints about the new policy.'] },
  },
  {
    id: 'click-here', family: 'notice', grade: 'bad', maxWords: CLICK_LINE_MAX_WORDS, reason: CALL_TO_ACT,
    test: (e) => CLICK_HERE.test(e.text),
    examples: { fires: ['GET THE APP BY CLICKING HERE'], passes: ['The mouse made a clicking sound in the quiet office.'] },
  },
];

/** Short notices: disclaimers, rights, cookie banners, credits. */
export const NOTICE_RULES: Rule[] = [
  {
    id: 'boilerplate-sentence', family: 'notice', grade: 'bad', belowWords: BOILERPLATE_MAX_WORDS, reason: DISCLAIMER,
    test: (e) => BOILERPLATE_SENTENCE.test(e.text),
    examples: { fires: ['© 2024 Example Media. All rights reserved.', 'Your email address will not be published.'], passes: ['The rights of tenants were at the heart of the case.'] },
  },
  {
    id: 'disclosure', family: 'notice', grade: 'bad', belowWords: BOILERPLATE_MAX_WORDS, reason: DISCLAIMER,
    test: (e) => DISCLOSURE.test(e.text),
    examples: { fires: ['We may earn a commission when you buy through links on our site.'], passes: ['The commission met on Friday to discuss the report.'] },
  },
  {
    id: 'cookie-notice', family: 'notice', grade: 'bad', belowWords: BOILERPLATE_MAX_WORDS, reason: 'cookie notice',
    test: (e) => COOKIE_NOTICE.test(e.text),
    examples: { fires: ['This site relies on cookies to give you the best browsing experience.', 'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.'], passes: ['The cookie jar was empty by noon.'] },
  },
];

export const CREDIT_LINE_RULES: Rule[] = [
  {
    id: 'picture-credit', family: 'notice', grade: 'bad', belowWords: BOILERPLATE_MAX_WORDS, reason: 'picture credit or caption',
    test: (e) => PICTURE_CREDIT.test(e.text),
    examples: { fires: ['Pictures: AP', '(Image: GETTY)'], passes: ['The photographer waited for the light to change.'] },
  },
];

/** Small print runs longer than other boilerplate, never as long as a story. */
export const SMALL_PRINT_RULES: Rule[] = [
  {
    id: 'legal-notice', family: 'notice', grade: 'bad', belowWords: SMALL_PRINT_MAX_WORDS, reason: 'legal notice',
    test: (e) => LEGAL_NOTICE.test(e.text),
    examples: { fires: ['Example is a registered trademark of Example Inc. This article is for informational purposes only and is not advice.'], passes: ['The court ruled on the trademark dispute between the two brewers last week.'] },
  },
  {
    id: 'caption', family: 'notice', grade: 'bad', belowWords: SMALL_PRINT_MAX_WORDS, reason: 'picture caption',
    test: (e) => CAPTION.test(e.text),
    examples: { fires: ['In this Dec. 12, 2006, file photo, the senator speaks to reporters in the capital after the vote.'], passes: ['In this town, everyone knows the baker and the baker knows everyone.'] },
  },
];
