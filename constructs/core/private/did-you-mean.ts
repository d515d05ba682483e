/**
 * "Did you mean": the known names closest to a name that matched nothing, for error messages
 * (STYLE.md, Validation and errors: the fix says how to correct the value).
 */

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
export function editDistance(a: string, b: string, ignoreCase = false): number {
  const x = ignoreCase ? a.toLowerCase() : a;
  const y = ignoreCase ? b.toLowerCase() : b;
  const d = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) d[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
  }
  return d[x.length][y.length];
}

/** How far a typo may be: 2 edits, or a third of the name for long names. */
export function typoDistance(name: string): number {
  return Math.max(2, Math.floor(name.length / 3));
}

/** The known names close enough to `name` to be what was meant, closest first, then by name. */
export function closeNames(name: string, known: readonly string[]): string[] {
  return known
    .map((k) => ({ k, d: editDistance(name, k, true) }))
    .filter(({ d }) => d <= typoDistance(name))
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map(({ k }) => k);
}

/** `Did you mean 'orders'?` (or `'a' or 'b'`), or undefined when no known name is close. */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const close = closeNames(name, known);
  return close.length > 0 ? `Did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` : undefined;
}
