// The matches of a global pattern in a text, as String.prototype.matchAll gives them, but without the copy of
// the pattern matchAll makes on every call (nor a generator): this stage asks thousands of short lines and
// sentences, where that overhead costs more than the search itself.

export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesOf needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++; // as matchAll: an empty match moves on
    out.push(m);
  }
  return out;
}
