/**
 * A code the services accept (lower-case letters, digits and dashes, at most 40) made from a name a
 * person typed, so nobody has to invent one: "Päihdetyön perusteet" → "paihdetyon-perusteet".
 */
export function codeOf(text: string, max = 40): string {
  const full = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (full.length <= max) return full || 'x';
  const cut = full.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : full.slice(0, max)).replace(/-+$/, '');
}

/** Codes for a list of names, the repeats numbered (-2, -3 …) so each is unique. */
export function uniqueCodes(texts: string[]): string[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const base = codeOf(text);
    let code = base;
    for (let n = 2; used.has(code); n++) code = `${base.slice(0, 40 - String(n).length - 1)}-${n}`;
    used.add(code);
    return code;
  });
}
