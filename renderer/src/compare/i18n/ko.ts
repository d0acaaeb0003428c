/** 시나리오 비교 화면 문구. */
export const compareKo = {
  page: {
    title: '시나리오 비교',
    intro:
      '작업 공간의 시나리오를 나란히 비교합니다. 차이는 기준 시나리오 대비 금액과 %이며, 금액은 세금(부가세) 제외입니다.',
    needTwo: '비교하려면 시나리오를 2개 이상 고르세요. 견적 화면에서 "복제"로 변형을 만들 수 있습니다.',
  },
  pick: {
    legend: '비교할 시나리오',
    baseline: '기준 시나리오',
    metric: '서비스별·항목별 차이에 쓸 금액',
    currency: '통화',
    krw: 'KRW (₩) · {{rate}}원/USD',
    rateNote: '모든 시나리오를 기준 시나리오의 환율 {{rate}}원/USD({{date}} 기준)로 환산했습니다.',
    otherRates: '자기 환율이 다른 시나리오도 같은 환율로 환산했습니다: {{names}}',
  },
  metrics: {
    monthly: '월 비용',
    upfront: '선결제',
    first12Months: '첫 12개월',
    months36: '36개월',
  },
  totals: {
    metricRow: '{{metric}}({{currency}})',
    status: '상태',
    cheaperFrom: '기준보다 저렴해지는 달',
    snapshot: '가격 스냅샷',
    title: '합계 비교',
    baseline: '기준',
    cheapest: '최저',
    cheapestLabel: '이 금액이 가장 낮은 시나리오',
    vsBaseline: '기준 대비',
    never: '없음',
    incomplete: '가격 없는 항목이 있어 합계가 불완전합니다',
  },
  deltas: {
    services: '서비스별 차이: {{metric}}',
    lines: '항목별 차이: {{metric}}',
    service: '서비스',
    lineId: '항목 ID',
    description: '설명',
    amount: '금액({{currency}})',
    delta: '차이({{currency}})',
    percent: '차이(%)',
  },
  charts: {
    bars: '서비스별 {{metric}} (누적 막대)',
    barsNote: '시나리오마다 서비스별 금액을 쌓은 막대입니다. 정확한 값은 아래 표에 있습니다.',
    cumulative: '36개월 누적 비용',
    cumulativeNote: '선결제를 포함한 누적 지출입니다. 점은 기준보다 저렴해지기 시작하는 달입니다.',
    month: '개월',
    breakEven: '{{month}}개월',
    breakEvenItem: '{{name}}: {{month}}개월째부터 기준보다 저렴',
    noBreakEven:
      '36개월 안에 기준보다 저렴해지기 시작하는 시나리오가 없습니다(처음부터 저렴하거나 끝까지 비쌈).',
  },
  export: {
    button: '비교 CSV 내보내기',
    fileName: '시나리오 비교',
  },
};
