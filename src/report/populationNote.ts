/**
 * The note a population file opens with: its leading comment block, which says what the firms are (an
 * illustrative assumption, not data) and why each figure was chosen. Editor directives (`# yaml-language-server:`)
 * are left out; the text is kept as written, one line per comment line, paragraphs separated by an empty line.
 */

/**
 * @example populationNote('# Illustrative firms.\n#\n# Why: …\npopulation:\n') // 'Illustrative firms.\n\nWhy: …'
 * @returns null when the file does not open with a comment
 */
export function populationNote(yamlText: string): string | null {
  const lines: string[] = [];
  for (const raw of yamlText.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line.startsWith('#')) {
      if (line === '' && lines.length === 0) continue;
      break;
    }
    if (/^#\s*yaml-language-server:/.test(line)) continue;
    lines.push(line.replace(/^#\s?/, '').trimEnd());
  }
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? null : lines.join('\n');
}
