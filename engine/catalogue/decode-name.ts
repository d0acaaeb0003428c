import { familyPrefix, type FamilyPrefixInfo } from './family-category';

/** One piece of an instance name with its meaning in English and Korean. */
export type NamePart = { code: string; en: string; ko: string };

export type DecodedName =
  | {
      ok: true;
      name: string;
      family: string;
      prefix: FamilyPrefixInfo;
      /** null only for the first high-memory family (`u-3tb1`), which has no generation digit */
      generation: { value: number; en: string; ko: string } | null;
      attributes: NamePart[];
      /** text after a dash in the family: `flex`, `12tb`, `b200`… */
      variant: NamePart | null;
      size: NamePart;
    }
  | { ok: false; name: string; error: string };

const ATTRIBUTES: Record<string, { en: string; ko: string }> = {
  a: { en: 'AMD processors', ko: 'AMD 프로세서' },
  b: { en: 'block storage (EBS) performance optimized', ko: '블록 스토리지(EBS) 성능 최적화' },
  d: { en: 'local NVMe SSD instance store', ko: '로컬 NVMe SSD 인스턴스 스토어' },
  e: { en: 'extra memory or storage', ko: '추가 메모리 또는 스토리지' },
  f: { en: 'fractional GPU (a share of one GPU)', ko: '분할 GPU (GPU 일부 할당)' },
  g: { en: 'AWS Graviton processors (Arm)', ko: 'AWS Graviton 프로세서 (Arm)' },
  i: { en: 'Intel processors', ko: '인텔 프로세서' },
  n: { en: 'network and EBS bandwidth optimized', ko: '네트워크·EBS 대역폭 최적화' },
  q: { en: 'Qualcomm inference accelerators', ko: '퀄컴 추론 가속기' },
  z: { en: 'high CPU frequency', ko: '높은 CPU 클럭' },
};

const NAMED_SIZES: Record<string, { en: string; ko: string }> = {
  nano: { en: 'the smallest size', ko: '가장 작은 크기' },
  micro: { en: 'between nano and small', ko: 'nano와 small 사이 크기' },
  small: { en: 'between micro and medium', ko: 'micro와 medium 사이 크기' },
  medium: { en: 'half of large', ko: 'large의 절반 크기' },
  large: {
    en: 'the base size (larger sizes double from it)',
    ko: '기준 크기 (더 큰 크기는 여기서 2배씩 늘어남)',
  },
  xlarge: { en: 'twice large', ko: 'large의 2배 크기' },
  metal: {
    en: 'bare metal, the whole physical server without a hypervisor',
    ko: '베어 메탈, 하이퍼바이저 없이 물리 서버 전체',
  },
};

function decodeVariant(code: string): NamePart {
  if (code === 'flex') {
    return {
      code,
      en: 'Flex: lower price, full performance most of the time (not 100% CPU all the time)',
      ko: 'Flex: 더 저렴한 가격, 대부분의 시간 동안 최대 성능 (항상 100% CPU는 아님)',
    };
  }
  const memory = /^(\d+)tb(\d*)$/.exec(code);
  if (memory) {
    return { code, en: `${memory[1]} TB of memory`, ko: `메모리 ${memory[1]} TB` };
  }
  const gpu = /^(g?b\d{3})$/.exec(code);
  if (gpu?.[1]) {
    return { code, en: `NVIDIA ${gpu[1].toUpperCase()} GPUs`, ko: `NVIDIA ${gpu[1].toUpperCase()} GPU` };
  }
  const apple = /^m(\d)(pro|max|ultra)?$/.exec(code);
  if (apple) {
    const chip = `Apple M${apple[1]}${apple[2] ? ` ${apple[2][0]?.toUpperCase()}${apple[2].slice(1)}` : ''}`;
    return { code, en: `${chip} chip`, ko: `${chip} 칩` };
  }
  return { code, en: `variant "${code}"`, ko: `변형 "${code}"` };
}

function decodeSize(size: string): NamePart | undefined {
  const named = NAMED_SIZES[size];
  if (named) return { code: size, ...named };
  const multiple = /^(\d+)xlarge$/.exec(size);
  if (multiple) {
    return {
      code: size,
      en: `${multiple[1]} times xlarge`,
      ko: `xlarge의 ${multiple[1]}배 크기`,
    };
  }
  const metalOf = /^metal-(\d+)xl$/.exec(size);
  if (metalOf) {
    return {
      code: size,
      en: `bare metal with the capacity of ${metalOf[1]}xlarge`,
      ko: `${metalOf[1]}xlarge 용량의 베어 메탈`,
    };
  }
  return undefined;
}

/**
 * Splits an EC2 instance type name into its parts (course terms: 인스턴스 패밀리 + 세대 + 추가 기능 + 크기):
 * `m7gd.2xlarge` → family prefix m (general purpose), generation 7, attributes g (Graviton) and d (local
 * NVMe), size 2xlarge.
 */
export function decodeInstanceName(name: string): DecodedName {
  const fail = (error: string): DecodedName => ({ ok: false, name, error });
  const trimmed = name.trim().toLowerCase();
  const dot = trimmed.indexOf('.');
  if (dot <= 0 || dot !== trimmed.lastIndexOf('.') || dot === trimmed.length - 1) {
    return fail(`"${name}" is not an instance type: expected <family>.<size>, e.g. m7gd.2xlarge`);
  }
  const family = trimmed.slice(0, dot);
  const sizeCode = trimmed.slice(dot + 1);
  const parts = /^([a-z]+)(\d+)?([a-z]*)(?:-([a-z0-9]+))?$/.exec(family);
  if (!parts)
    return fail(`"${name}": family "${family}" does not look like letters + generation + attributes`);
  const [, letters = '', digits, attributeLetters = '', variantCode] = parts;
  const prefix = familyPrefix(letters);
  if (!prefix) return fail(`"${name}": unknown family prefix "${letters}"`);
  if (digits === undefined && !(letters === 'u' && variantCode)) {
    return fail(`"${name}": family "${family}" has no generation number`);
  }
  const attributes: NamePart[] = [];
  for (const code of attributeLetters) {
    const meaning = ATTRIBUTES[code];
    if (!meaning) return fail(`"${name}": unknown attribute letter "${code}" in family "${family}"`);
    attributes.push({ code, ...meaning });
  }
  const size = decodeSize(sizeCode);
  if (!size) return fail(`"${name}": unknown size "${sizeCode}"`);
  const generation =
    digits === undefined ? null : { value: Number(digits), en: `generation ${digits}`, ko: `${digits}세대` };
  return {
    ok: true,
    name: trimmed,
    family,
    prefix,
    generation,
    attributes,
    variant: variantCode ? decodeVariant(variantCode) : null,
    size,
  };
}
