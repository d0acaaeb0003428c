export * from './types';
export { MESSAGES, type MessageKey } from './messages';
export { formatTrace, formatMessage, formatOperand, formatUsd, groupDigits } from './format';
