/** A DOM range over the first occurrence of text inside root (it may span several text nodes: bold, links…), or null. */
export function findTextRange(root: Node, text: string): Range | null {
  const wanted = text.replace(/\s+/g, ' ').trim();
  if (!wanted) return null;
  const nodes: Text[] = [];
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (!walker) return null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  // Each character of the joined text remembers its node and offset; whitespace runs count as one space.
  const joined: string[] = [];
  const origin: [Text, number][] = [];
  for (const node of nodes) {
    const value = node.data;
    for (let offset = 0; offset < value.length; offset += 1) {
      const char = /\s/.test(value[offset] ?? '') ? ' ' : (value[offset] ?? '');
      if (char === ' ' && joined[joined.length - 1] === ' ') continue;
      joined.push(char);
      origin.push([node, offset]);
    }
  }
  const start = joined.join('').indexOf(wanted);
  if (start < 0) return null;
  const first = origin[start];
  const last = origin[start + wanted.length - 1];
  if (!first || !last) return null;
  const range = root.ownerDocument!.createRange();
  range.setStart(first[0], first[1]);
  range.setEnd(last[0], last[1] + 1);
  return range;
}
