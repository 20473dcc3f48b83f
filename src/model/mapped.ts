/**
 * `items.map(f)`, always giving an array of the same kind. On this runtime (V8 11, Node 20) an
 * optimised function's inlined `map` builds its array with holes where the interpreter's builds
 * it packed, so every array a function hands on changes its kind when that function is optimised
 * or deoptimised, and each function that reads it is deoptimised in turn ("wrong map"): a cascade
 * that recompiled a page's whole pipeline after every full collection. An array grown by `push`
 * is packed either way.
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
