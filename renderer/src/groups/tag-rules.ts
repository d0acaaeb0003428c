/**
 * What a typed tag may be. The scenario schema allows 1–64 characters and 20 tags a line; the builder also
 * refuses spaces (the CSV's tags column separates tags with a space) and a tag the line already has.
 */
export const TAG_MAX_LENGTH = 64;
export const TAGS_PER_LINE = 20;

export type TagProblem = 'tooLong' | 'space' | 'duplicate' | 'limit';

/** The problem with adding `tag` (already trimmed, not empty) to `tags`, or null. */
export function tagProblem(tag: string, tags: readonly string[]): TagProblem | null {
  if (/\s/.test(tag)) return 'space';
  if ([...tag].length > TAG_MAX_LENGTH) return 'tooLong';
  if (tags.includes(tag)) return 'duplicate';
  if (tags.length >= TAGS_PER_LINE) return 'limit';
  return null;
}

export type TagEntry = {
  /** the tags after adding every acceptable one */
  readonly tags: readonly string[];
  /** the text left in the input: the first refused tag and what follows it, or the unfinished tail */
  readonly rest: string;
  readonly problem: TagProblem | null;
};

/**
 * Reads typed text into tags: each comma ends a tag, and so does `finished` (Enter) for the last one.
 * Tags are added in order until one is refused; the text from that one on stays in the input.
 */
export function enterTags(text: string, tags: readonly string[], finished: boolean): TagEntry {
  const parts = text.split(',');
  const tail = finished ? '' : (parts.pop() ?? '');
  let next = tags;
  for (let i = 0; i < parts.length; i++) {
    const tag = (parts[i] ?? '').trim();
    if (tag === '') continue;
    const problem = tagProblem(tag, next);
    if (problem) {
      const refused = [...parts.slice(i), ...(finished ? [] : [tail])].join(',').trim();
      return { tags: next, rest: refused, problem };
    }
    next = [...next, tag];
  }
  return { tags: next, rest: tail.trimStart(), problem: null };
}
