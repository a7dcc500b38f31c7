/**
 * fn, remembering its last call: called again with the same arguments (the same objects, or equal
 * primitives), it gives the same result without running again.
 */
export function lastCall<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => arg === args[i])) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
