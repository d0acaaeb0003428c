/**
 * Streams a huge JSON document and hands over only the sub-values the caller selects, fully
 * assembled; everything else is tokenised and dropped. Memory stays bounded by the largest selected
 * value, not by the file. Tokeniser: stream-json's core parser (no Node streams per token).
 */
import { jsonParser, type Token } from 'stream-json/core/parser.js';

export type JsonPath = readonly (string | number)[];
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type JsonSelector = {
  /** Values deeper than this are never offered to `select` (they are assembled or skipped with their parent). */
  maxSelectDepth: number;
  /** Called when a value starts at `path`; return true to receive it assembled in `onValue`. */
  select(path: JsonPath): boolean;
  onValue(path: JsonPath, value: JsonValue): void;
};

type Frame = { kind: 'object'; key: string } | { kind: 'array'; index: number };

/** Builds one JSON value from tokens. Numbers stay strings: prices must never pass through floats. */
class ValueBuilder {
  private readonly stack: (JsonValue[] | { [key: string]: JsonValue })[] = [];
  private readonly keys: (string | null)[] = [];
  result: JsonValue = null;
  done = false;

  push(token: Token): void {
    switch (token.name) {
      case 'startObject':
        this.open({});
        return;
      case 'startArray':
        this.open([]);
        return;
      case 'endObject':
      case 'endArray':
        this.close();
        return;
      case 'keyValue':
        this.keys[this.keys.length - 1] = token.value;
        return;
      case 'stringValue':
      case 'numberValue':
        this.add(token.value);
        return;
      case 'nullValue':
        this.add(null);
        return;
      case 'trueValue':
        this.add(true);
        return;
      case 'falseValue':
        this.add(false);
        return;
      default:
        return;
    }
  }

  private open(container: JsonValue[] | { [key: string]: JsonValue }): void {
    this.stack.push(container);
    this.keys.push(null);
  }

  private close(): void {
    const finished = this.stack.pop();
    this.keys.pop();
    if (finished !== undefined) this.add(finished);
  }

  private add(value: JsonValue): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      this.result = value;
      this.done = true;
    } else if (Array.isArray(parent)) {
      parent.push(value);
    } else {
      const key = this.keys[this.keys.length - 1];
      if (key !== null && key !== undefined) parent[key] = value;
    }
  }
}

function isManyTokens(out: unknown): out is { values: Token[] } {
  return typeof out === 'object' && out !== null && Array.isArray((out as { values?: unknown }).values);
}

/** Thrown for malformed or truncated JSON; says where in the byte stream it stopped. */
export class JsonStreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonStreamError';
  }
}

/**
 * Reads `chunks` (text) to the end and calls `selector.onValue` for each selected value.
 * @throws JsonStreamError when the text is not one complete JSON document (e.g. a partial download)
 */
export async function streamJson(chunks: AsyncIterable<string>, selector: JsonSelector): Promise<void> {
  const tokenize = jsonParser({ streamValues: false });
  const frames: Frame[] = [];
  const path: (string | number)[] = [];
  let builder: ValueBuilder | null = null;
  let builderPath: JsonPath = [];
  let skipDepth = 0;
  let finished = false;
  let charsRead = 0;

  const valueStarts = (): boolean => {
    // called before a value token at the current position: decides assemble / skip / descend
    const top = frames[frames.length - 1];
    if (top?.kind === 'array') path[frames.length - 1] = top.index++;
    path.length = frames.length;
    if (frames.length > selector.maxSelectDepth) return false;
    return selector.select(path);
  };

  const onToken = (token: Token): void => {
    if (builder) {
      builder.push(token);
      if (builder.done) {
        selector.onValue(builderPath, builder.result);
        builder = null;
      }
      return;
    }
    if (skipDepth > 0) {
      if (token.name === 'startObject' || token.name === 'startArray') skipDepth++;
      else if (token.name === 'endObject' || token.name === 'endArray') skipDepth--;
      return;
    }
    switch (token.name) {
      case 'keyValue': {
        const top = frames[frames.length - 1];
        if (top?.kind === 'object') top.key = token.value;
        path[frames.length - 1] = token.value;
        return;
      }
      case 'startObject':
      case 'startArray': {
        if (frames.length > 0) {
          if (valueStarts()) {
            builder = new ValueBuilder();
            builderPath = [...path];
            builder.push(token);
            return;
          }
          if (frames.length >= selector.maxSelectDepth) {
            skipDepth = 1;
            return;
          }
        }
        frames.push(token.name === 'startObject' ? { kind: 'object', key: '' } : { kind: 'array', index: 0 });
        return;
      }
      case 'endObject':
      case 'endArray':
        frames.pop();
        path.length = frames.length;
        if (frames.length === 0) finished = true;
        return;
      case 'stringValue':
      case 'numberValue':
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        if (valueStarts()) {
          const scalar = new ValueBuilder();
          scalar.push(token);
          selector.onValue([...path], scalar.result);
        }
        return;
      default:
        return;
    }
  };

  for await (const raw of chunks) {
    let chunk = raw;
    if (charsRead === 0 && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    charsRead += chunk.length;
    let out: unknown;
    try {
      out = tokenize(chunk);
    } catch (error) {
      throw new JsonStreamError(
        `not valid JSON near character ${charsRead} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (isManyTokens(out)) for (const token of out.values) onToken(token);
  }
  if (!finished) {
    throw new JsonStreamError(
      `the JSON document ends early after ${charsRead} characters (truncated or partial download)`,
    );
  }
}
