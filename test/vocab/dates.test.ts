import { describe, expect, it } from 'vitest';
import { DATE_NAMES, MONTH_NAMES, RELATIVE_TIME_TEMPLATES } from '../../src/vocab/date-names.js';
import { dateNamesFromIcu, monthNamesFromIcu, relativeTimeTemplatesFromIcu } from '../../src/vocab/icu-dates.js';
import { isRelativeTimeLine, isStampLine, isWordyDateLine } from '../../src/vocab/dates.js';

// When these fail, the runtime's ICU names dates otherwise than the one the file was written
// from: run `npm run build && node scripts/date-names.mjs` and check the predictions.
describe('the date names written from ICU', () => {
  it('are the month and weekday names this runtime’s ICU gives', () => {
    expect(DATE_NAMES).toEqual(dateNamesFromIcu());
  });

  it('are the month numbers this runtime’s ICU gives, each name one month', () => {
    expect(MONTH_NAMES).toEqual(monthNamesFromIcu());
    expect(MONTH_NAMES).toHaveLength(12);
    const month = (name: string) => MONTH_NAMES.findIndex((names) => names.includes(name)) + 1;
    expect([month('marca'), month('lokakuuta'), month('ago'), month('listopad')]).toEqual([3, 10, 8, 0]);
  });

  it('are the relative-time templates this runtime’s ICU gives', () => {
    expect(RELATIVE_TIME_TEMPLATES).toEqual(relativeTimeTemplatesFromIcu());
  });

  it('hold the forms a date uses, in many languages', () => {
    for (const name of ['november', 'ноября', 'listopada', 'outubro', 'sexta', 'dienstag']) expect(DATE_NAMES, name).toContain(name);
    for (const template of ['# hours ago', 'vor # stunden', '#小时前', 'yesterday', 'gestern']) expect(RELATIVE_TIME_TEMPLATES, template).toContain(template);
  });

  it('make the date rules answer as before', () => {
    expect(isWordyDateLine('sexta-feira, 22 de outubro de 2010 às 20:13')).toBe(true);
    expect(isWordyDateLine('22 ноября 2019')).toBe(true);
    expect(isWordyDateLine('The 22 members met in November')).toBe(false);
    expect(isRelativeTimeLine('vor 3 Stunden')).toBe(true);
    expect(isRelativeTimeLine('3小时前')).toBe(true);
    expect(isRelativeTimeLine('3 hours of talks')).toBe(false);
    expect(isStampLine('By HNN Staff | November 18, 2019 at 2:26 PM HST')).toBe(true);
  });
});
