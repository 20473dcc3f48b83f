import type { Vocabulary } from './words/index.js';
import { anyOf, compile, either, wholeLine } from './fragments.js';
import { CLOCK_TIME } from './shapes.js';

/** Lines a page's interface prints: controls, share bars, counters, reading times, positions. */
export function controlPatterns(w: Vocabulary) {
  return {
    /** Interface vocabulary: a short line made of these is a control, not prose. */
    UI_LINE: compile('i', wholeLine(anyOf([...w.ui, ...w.share]), String.raw`[\s.:!»›>|-]*`)),
    /** A share bar flattened to one line: `Share: Facebook Twitter`, `Artikel teilen: …`, `分享到：微信 微博`. */
    SHARE_LINE: compile('i', '^', anyOf([...w.share, ...w.shareBar]), String.raw`\s*[:：]`),
    /**
     * Counters and timestamps that widgets print: `12 comments`, `3 min read`, `23 hours ago`. The
     * `a minute ago` shape is English; other languages' relative times come from ICU (dates.ts).
     */
    COUNTER_LINE: compile(
      'iu',
      String.raw`^(?:[\p{L} ]{1,20}:\s*)?(?:`,
      either(
        String.raw`\d[\d.,]*\s*[kmb]?\s*${anyOf(w.counterNouns)}`,
        String.raw`${anyOf(w.agoLabels)}?\s*(?:an?|\d+)\s+${anyOf(w.timeUnits)} ago`,
        anyOf(w.relativeDays),
      ),
      String.raw`)(?:,?\s+(?:at\s+)?${CLOCK_TIME})?\.?$`,
    ),
    /** What a thread counts by each post (`6 Likes`, `2 replies`), not a feed's relative times. */
    POST_COUNTER_LINE: compile('iu', String.raw`^\d[\d.,]*\s*[kmb]?\s*`, anyOf(w.postCounters), '$'),
    /** Reading-time notes: `Reading time: 3 minutes`, `Tempo de leitura: 1 minuto`, `Lesezeit: 4 Min.`. */
    READING_TIME_LINE: compile('iu', '^', anyOf(w.readingTime), String.raw`\s*:?\s*(?:${anyOf(w.approximately)}\s+)?\d+\s*[\p{L}.]*$`),
    /** Slide and page counters, word counts: `1 of 6`, `Wordcount: 717`. */
    POSITION_LINE: compile(
      'i',
      String.raw`^(?:\d{1,4} ${anyOf(w.outOf)} \d{1,4}|${anyOf(w.wordCountLabels)}\s*:?\s*\d+|page \d+(?: of \d+)?)$`,
    ),
    /** A short line that sends the reader somewhere: `GET THE APP BY CLICKING HERE`, `Tap here for more`. */
    CLICK_HERE: compile('i', String.raw`\b${anyOf(w.tapVerbs)}\s+here\b`),
  };
}
