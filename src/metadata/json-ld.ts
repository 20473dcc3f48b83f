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

/** A page's scripts are read by several lookups (the article, the page's types, a product): each is parsed once. */
const parsedScripts = new WeakMap<string[], Json[]>();

function parsed(scripts: string[]): Json[] {
  let data = parsedScripts.get(scripts);
  if (!data) {
    data = scripts.flatMap((script) => {
      try {
        return [JSON.parse(script) as Json];
      } catch {
        return [];
      }
    });
    parsedScripts.set(scripts, data);
  }
  return data;
}
