/**
 * A value quoted for a message: text in quotes (JSON), a list or map as compact JSON cut at 60 characters.
 * @example quoteValue('5千') // '"5千"'
 */
export function quoteValue(s: unknown): string {
  if (s === null || typeof s !== 'object') return JSON.stringify(String(s));
  const json = JSON.stringify(s) ?? String(s);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
