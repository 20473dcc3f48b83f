import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const ROOT = new URL('..', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'result.schema.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('the result schema', () => {
  const page = '<html><head><meta name="keywords" content="a, b"><meta property="og:image" content="https://x.example/i.jpg"></head><body><p>One paragraph of prose, long enough to be the story of this small page, and nothing else.</p></body></html>';
  const result = extract(page);

  it('requires every field a result has, and describes each', () => {
    expect([...schema.required].sort()).toEqual(Object.keys(result).sort());
    for (const key of Object.keys(result)) expect(schema.properties[key]?.description ?? schema.properties[key]?.type).toBeTruthy();
  });

  it('types the new fields as the results give them', () => {
    expect(schema.properties.tags.type).toBe('array');
    expect(result.tags).toEqual(['a', 'b']);
    expect(schema.properties.image.type).toEqual(['string', 'null']);
    expect(result.image).toBe('https://x.example/i.jpg');
  });

  it('is the README’s field list', () => {
    for (const key of Object.keys(schema.properties)) expect(readme).toContain(`| \`${key}\` |`);
  });
});
