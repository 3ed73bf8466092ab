/** Joins a path relative to the directory of `from` (POSIX separators; `..` allowed). */
export function resolveRelative(from: string, rel: string): string {
  if (rel.startsWith('/')) return rel;
  const parts = from.split('/').slice(0, -1);
  for (const p of rel.split('/')) {
    if (p === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..' && parts[parts.length - 1] !== '') parts.pop();
      else parts.push('..');
    } else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}
