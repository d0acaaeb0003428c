export const PAGES = ['estimate', 'compare', 'exercise', 'rightsizing', 'priceTables'] as const;
export type Page = (typeof PAGES)[number];
