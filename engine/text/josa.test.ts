import { describe, expect, it } from 'vitest';
import { josa, particleNamed, withJosa, wordEnding } from './josa';

describe('josa', () => {
  it('reads the final consonant of the last Hangul syllable', () => {
    expect(josa('온디맨드', '은')).toBe('는');
    expect(josa('예약 인스턴스', '은')).toBe('는');
    expect(josa('예약 인스턴스(RI) 표준 3년 전체 선결제', '은')).toBe('는');
    expect(josa('12개월', '은')).toBe('은');
    expect(josa('12개월', '으로')).toBe('로');
    expect(josa('서울', '은')).toBe('은');
    expect(josa('서울', '으로')).toBe('로');
    expect(josa('서울', '이')).toBe('이');
    expect(josa('스냅샷', '을')).toBe('을');
    expect(josa('스냅샷', '으로')).toBe('으로');
    expect(josa('메모리', '과')).toBe('와');
    expect(josa('가격', '과')).toBe('과');
  });

  it('reads a last digit in Sino-Korean', () => {
    expect(josa('2026-11-snapshot-1', '으로')).toBe('로'); // 일
    expect(josa('ap-northeast-2', '으로')).toBe('로'); // 이
    expect(josa('ap-northeast-2', '은')).toBe('는');
    expect(josa('us-east-1', '은')).toBe('은'); // 일
    expect(josa('150', '은')).toBe('은'); // 영
    expect(josa('150', '으로')).toBe('으로');
    expect(josa('0.6', '으로')).toBe('으로'); // 육
    expect(josa('0.5', '으로')).toBe('로'); // 오
    expect(josa('t3', '은')).toBe('은'); // 삼
    expect(josa('arm64', '은')).toBe('는'); // 사
    expect(josa('2028', '이')).toBe('이'); // 팔
    expect(josa('2029', '이')).toBe('가'); // 구
    expect(josa('2027', '으로')).toBe('로'); // 칠
  });

  it('reads a last Latin letter as AWS names are read', () => {
    expect(withJosa('m6g.medium', '은')).toBe('m6g.medium은');
    expect(withJosa('m5.large', '은')).toBe('m5.large는');
    expect(withJosa('t3.micro', '은')).toBe('t3.micro는');
    expect(withJosa('c5.metal', '은')).toBe('c5.metal은');
    expect(withJosa('c5.metal', '으로')).toBe('c5.metal로');
    expect(withJosa('r6i.xlarge', '이')).toBe('r6i.xlarge가');
    expect(withJosa('m5.small', '으로')).toBe('m5.small로');
    expect(withJosa('Linux', '을')).toBe('Linux를');
    expect(withJosa('mine.exercise.json', '을')).toBe('mine.exercise.json을');
    expect(withJosa('Graviton', '과')).toBe('Graviton과');
    expect(withJosa('GPU', '이')).toBe('GPU가');
    expect(withJosa('RAM', '이')).toBe('RAM이');
    expect(withJosa('HDR', '이')).toBe('HDR이'); // 알
    expect(withJosa('S3 Intelligent-Tiering', '은')).toBe('S3 Intelligent-Tiering은'); // 링
    expect(withJosa('web-server', '은')).toBe('web-server는'); // 서버
    expect(withJosa('Compute Optimizer', '과')).toBe('Compute Optimizer와'); // 옵티마이저
  });

  it('skips trailing quotes, brackets, punctuation and spaces', () => {
    expect(withJosa('"m5.large"', '은')).toBe('"m5.large"는');
    expect(withJosa('"m6g.medium"', '은')).toBe('"m6g.medium"은');
    expect(josa('서울 ', '으로')).toBe('로');
    expect(josa('「가격」.', '이')).toBe('이');
    expect(josa('50%', '이')).toBe('가'); // 퍼센트
  });

  it('fits a particle after brackets to the words before them', () => {
    expect(withJosa('예약 인스턴스(RI)', '은')).toBe('예약 인스턴스(RI)는');
    expect(withJosa('절감형 플랜(Savings Plans)', '은')).toBe('절감형 플랜(Savings Plans)은');
    expect(withJosa('스팟 인스턴스(과거 평균)', '이')).toBe('스팟 인스턴스(과거 평균)가');
    expect(withJosa('2 × m6g.medium (1 vCPU, 4 GiB)', '이')).toBe('2 × m6g.medium (1 vCPU, 4 GiB)이');
    expect(withJosa('서울 [ap-northeast-2 (a)]', '으로')).toBe('서울 [ap-northeast-2 (a)]로');
    expect(josa('(RI)', '은')).toBe('는'); // nothing before the brackets: read inside
    expect(josa('「m5.large」', '은')).toBe('는');
    expect(josa('m6g.medium)', '은')).toBe('은'); // a stray closing bracket
    expect(josa('東京(Tokyo)', '은')).toBe('은(는)');
  });

  it('falls back to the form with both particles when nothing can be read', () => {
    expect(josa('', '은')).toBe('은(는)');
    expect(josa('  "" ', '이')).toBe('이(가)');
    expect(josa('…', '을')).toBe('을(를)');
    expect(josa('東京', '과')).toBe('과(와)');
    expect(josa('()', '으로')).toBe('(으)로');
    expect(wordEnding('?!')).toBeNull();
  });

  it('names particles by either form or the fallback', () => {
    expect(particleNamed('는')).toBe('은');
    expect(particleNamed('가')).toBe('이');
    expect(particleNamed('을(를)')).toBe('을');
    expect(particleNamed(' 로 ')).toBe('으로');
    expect(particleNamed('와')).toBe('과');
    expect(particleNamed('의')).toBeUndefined();
  });
});
