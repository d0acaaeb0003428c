export const PAGES = ['estimate', 'exercise', 'rightsizing', 'priceTables'] as const;
export type Page = (typeof PAGES)[number];
