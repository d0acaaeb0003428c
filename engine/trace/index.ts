export * from './types';
export { MESSAGES, type MessageKey } from './messages';
export { formatTrace, formatMessage, formatParam, formatOperand, formatUsd, groupDigits } from './format';
export { purchaseCodeTerm, purchaseLabelTerm } from './terms';
