import { mapped } from '../model/mapped.js';
/** A page's JSON-LD scripts, read as JSON. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Every value of an object that is an object or an array: to descend everywhere. */
export const nestedObjects = (node: JsonObject): Json[] => Object.values(node).filter((value) => value !== null && typeof value === 'object');

/**
 * Every object in a page's JSON-LD scripts, script by script, depth first; `children` says where
 * to descend from an object (arrays are always walked). A script that is not JSON is passed over.
 */
export function jsonLdObjects(scripts: string[], children: (node: JsonObject) => Json[]): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const data of parsed(scripts)) {
    const stack: Json[] = [data];
    while (stack.length) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        objects.push(node);
        stack.push(...children(node));
      }
    }
  }
  return objects;
}

/**
 * Line breaks and tabs a publishing system left raw inside a script's strings (a description
 * pasted in with its paragraphs): strict JSON refuses them, the search engines the markup is
 * written for read them. Outside a string they are white space, so a space stands in for each.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f]/g;

function readJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** A page's scripts are read by several lookups (the article, the page's types, a product): each is parsed once. */
const parsedScripts = new WeakMap<string[], Json[]>();

function parsed(scripts: string[]): Json[] {
  let data = parsedScripts.get(scripts);
  if (!data) {
    data = scripts.flatMap((script) => {
      const json = readJson(script) ?? readJson(script.replace(CONTROL_CHARACTERS, ' '));
      return json === undefined ? [] : [json];
    });
    parsedScripts.set(scripts, data);
  }
  return data;
}

/** A JSON-LD value as text: a string, the names of a list joined, an object's `name`. */
export function jsonLdText(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = mapped(value, jsonLdText).filter((x): x is string => Boolean(x));
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return jsonLdText(value.name);
  return null;
}

const lists = new Map<string, Intl.ListFormat>();

/** People as JSON-LD lists them, joined as the page's language writes a list (`A, B and C`, `A, B und C`); with commas where the language is unknown. */
export function jsonLdPeople(value: Json | undefined, lang: string | null): string | null {
  if (!Array.isArray(value) || !lang) return jsonLdText(value);
  const names = mapped(value, jsonLdText).filter((x): x is string => Boolean(x));
  if (names.length < 2) return names[0] ?? null;
  let list = lists.get(lang);
  if (!list) {
    try {
      list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    } catch {
      return names.join(', ');
    }
    lists.set(lang, list);
  }
  return list.format(names);
}

const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|WebPage/;

/** The first article-like object (an article, a post, a web page) among the page's JSON-LD scripts that states when it was published: where the article has no headline, a page's own node (`WebPage`) still dates it. */
export function jsonLdDated(scripts: string[]): JsonObject | null {
  for (const node of jsonLdObjects(scripts, (n) => (n['@graph'] ? [n['@graph']] : []))) {
    if (ARTICLE_TYPE.test(jsonLdText(node['@type']) ?? '') && jsonLdText(node.datePublished)) return node;
  }
  return null;
}

/** The article of a page's scripts, found once: the metadata and the title step both read it. */
const articles = new WeakMap<string[], JsonObject | null>();

/** The most article-like object among the page's JSON-LD scripts: the story's own metadata. */
export function jsonLdArticle(scripts: string[]): JsonObject | null {
  let article = articles.get(scripts);
  if (article === undefined) articles.set(scripts, (article = findArticle(scripts)));
  return article;
}

function findArticle(scripts: string[]): JsonObject | null {
  let fallback: JsonObject | null = null;
  for (const node of jsonLdObjects(scripts, (n) => (n['@graph'] ? [n['@graph']] : []))) {
    const type = jsonLdText(node['@type']) ?? '';
    if (ARTICLE_TYPE.test(type) && node.headline) return node;
    if (type && node.headline && !fallback) fallback = node;
  }
  return fallback;
}
