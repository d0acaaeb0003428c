/**
 * Korean particles (조사) that depend on how the word before them ends: 은/는, 이/가, 을/를, 과/와, 으로/로.
 * `withJosa('온디맨드', '은')` → "온디맨드는", `withJosa('m6g.medium', '은')` → "m6g.medium은". A word whose
 * ending cannot be read gets the fallback form, e.g. "은(는)".
 */

/** A particle, named by its form after a final consonant (받침). */
export type Particle = '은' | '이' | '을' | '과' | '으로';

/** How a word's last readable sound ends: open vowel, a final consonant, or the final consonant ㄹ. */
export type WordEnding = 'vowel' | 'consonant' | 'rieul';

const FORMS: Readonly<Record<Particle, { consonant: string; vowel: string; fallback: string }>> = {
  은: { consonant: '은', vowel: '는', fallback: '은(는)' },
  이: { consonant: '이', vowel: '가', fallback: '이(가)' },
  을: { consonant: '을', vowel: '를', fallback: '을(를)' },
  과: { consonant: '과', vowel: '와', fallback: '과(와)' },
  으로: { consonant: '으로', vowel: '로', fallback: '(으)로' },
};

/** Every spelling of a particle (either form, or the fallback) → the particle, e.g. "는" → "은". */
const NAMES: ReadonlyMap<string, Particle> = new Map(
  (Object.keys(FORMS) as Particle[]).flatMap((particle) => {
    const { consonant, vowel, fallback } = FORMS[particle];
    return [consonant, vowel, fallback].map((name) => [name, particle] as const);
  }),
);

/** The particle a name such as "은", "는" or "은(는)" stands for; undefined for anything else. */
export function particleNamed(name: string): Particle | undefined {
  return NAMES.get(name.trim());
}

/** Digits as read in Sino-Korean: 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구. */
const DIGIT_ENDINGS: readonly WordEnding[] = [
  'consonant', // 영
  'rieul', // 일
  'vowel', // 이
  'consonant', // 삼
  'vowel', // 사
  'vowel', // 오
  'consonant', // 육
  'rieul', // 칠
  'rieul', // 팔
  'vowel', // 구
];

/** Skipped at the end of a word: spaces, quotes and punctuation ("%" is read, see charEnding). */
const IGNORED_AT_END = /[\s\p{P}\p{Cf}]/u;

/** Closing brackets and their opening ones. */
const OPENERS: ReadonlyMap<string, string> = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
  ['）', '（'],
  ['」', '「'],
  ['』', '『'],
  ['〉', '〈'],
  ['》', '《'],
  ['】', '【'],
]);

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** The index of ㄹ among the 28 final-consonant slots of a Hangul syllable (0 = none). */
const FINAL_RIEUL = 8;

/**
 * How `word` ends when read aloud in Korean, or null when nothing in it can be read. A particle after a closing
 * bracket fits the words before the brackets ("예약 인스턴스(RI)는", "절감형 플랜(Savings Plans)은"); the
 * bracketed text is read only when nothing comes before it.
 */
export function wordEnding(word: string): WordEnding | null {
  const chars = [...word];
  const ending = endingBefore(chars, chars.length);
  return ending === 'unreadable' ? null : ending;
}

/** The ending of `chars[0..end)`: null when it holds nothing but punctuation, 'unreadable' for e.g. "東京". */
function endingBefore(chars: readonly string[], end: number): WordEnding | 'unreadable' | null {
  for (let i = end - 1; i >= 0; i--) {
    const ch = chars[i] as string;
    const opener = OPENERS.get(ch);
    if (opener !== undefined) {
      const open = openingBracket(chars, i, opener, ch);
      if (open < 0) continue; // a stray closing bracket is punctuation
      return endingBefore(chars, open) ?? endingBefore(chars.slice(open + 1, i), i - open - 1);
    }
    const ending = charEnding(chars, i);
    if (ending !== undefined) return ending;
    if (!IGNORED_AT_END.test(ch)) return 'unreadable';
  }
  return null;
}

/** The index of the bracket that `chars[close]` closes, or -1. */
function openingBracket(chars: readonly string[], close: number, opener: string, closer: string): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (chars[i] === closer) depth++;
    else if (chars[i] === opener && --depth === 0) return i;
  }
  return -1;
}

/** How `chars[i]` is read at the end of a word; undefined if it is not read (punctuation, …). */
function charEnding(chars: readonly string[], i: number): WordEnding | undefined {
  const ch = chars[i] as string;
  const code = ch.codePointAt(0) as number;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % 28;
    return final === 0 ? 'vowel' : final === FINAL_RIEUL ? 'rieul' : 'consonant';
  }
  if (ch >= '0' && ch <= '9') return DIGIT_ENDINGS[code - 0x30];
  if (LATIN.test(ch)) return latinEnding(ch, chars[i - 1]);
  if (ch === '%') return 'vowel'; // 퍼센트
  return undefined;
}

const LATIN = /^[a-z]$/i;

/**
 * Latin letters as AWS names are usually read out: l, m, n and r end in a consonant (l and r in ㄹ: small →
 * 스몰, metal → 메탈, medium → 미디엄, Graviton → 그라비톤), every other letter in a vowel (large → 라지, xlarge →
 * 엑스라지, micro → 마이크로, Linux → 리눅스, GPU → 지피유); a last digit is read as a digit (arm64 → 사). Two
 * loanword endings differ: "ng" ends in ㅇ (Tiering → 티어링), and a lower-case r after a vowel is not
 * sounded (server → 서버, optimizer → 옵티마이저).
 */
function latinEnding(letter: string, before: string | undefined): WordEnding {
  const lower = letter.toLowerCase();
  const prev = before !== undefined && LATIN.test(before) ? before : '';
  if (lower === 'g' && prev.toLowerCase() === 'n') return 'consonant';
  if (letter === 'r' && /^[aeiou]$/.test(prev)) return 'vowel';
  if (lower === 'l' || lower === 'r') return 'rieul';
  return lower === 'm' || lower === 'n' ? 'consonant' : 'vowel';
}

/** The form of `particle` that follows `word`: josa('온디맨드', '은') → "는"; "은(는)" if unreadable. */
export function josa(word: string, particle: Particle): string {
  const forms = FORMS[particle];
  const ending = wordEnding(word);
  if (ending === null) return forms.fallback;
  if (ending === 'vowel') return forms.vowel;
  // 으로/로: a word ending in ㄹ takes 로 (서울로, 12개월로)
  return particle === '으로' && ending === 'rieul' ? forms.vowel : forms.consonant;
}

/** `word` followed by the right form of `particle`: withJosa('m5.large', '은') → "m5.large는". */
export function withJosa(word: string, particle: Particle): string {
  return `${word}${josa(word, particle)}`;
}
