/** Korean and English text of the price-update dialogs. */
import type { Language } from './ipc-schemas';

export interface PriceLabels {
  chooseFolderTitle: string;
  chooseFolderButton: string;
}

export const PRICE_LABELS: Record<Language, PriceLabels> = {
  ko: {
    chooseFolderTitle: '내려받은 AWS 가격표(Price List) 파일이 있는 폴더 선택',
    chooseFolderButton: '이 폴더 사용',
  },
  en: {
    chooseFolderTitle: 'Choose the folder of downloaded AWS Price List files',
    chooseFolderButton: 'Use this folder',
  },
};
