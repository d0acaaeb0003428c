/** What a line is, in the reader's language: the user's own description, else the engine's generated one. */
import type { LineResult } from '../estimate/types';
import { formatMessage } from '../trace/format';
import type { Lang } from '../trace/types';

export function lineDescription(
  line: Pick<LineResult, 'description' | 'descriptionMessage'>,
  lang: Lang,
): string {
  return line.descriptionMessage === null ? line.description : formatMessage(line.descriptionMessage, lang);
}
