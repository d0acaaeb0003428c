import type { i18n as I18n } from 'i18next';
import { workspaceEn } from './i18n/en';
import { workspaceKo } from './i18n/ko';

export const WORKSPACE_NAMESPACE = 'workspace';

/** Adds the workspace strip's and the table view's strings (namespace 'workspace'), once per instance. */
export function registerWorkspaceI18n(i18n: I18n): void {
  if (i18n.hasResourceBundle('ko', WORKSPACE_NAMESPACE)) return;
  i18n.addResourceBundle('ko', WORKSPACE_NAMESPACE, workspaceKo, true, true);
  i18n.addResourceBundle('en', WORKSPACE_NAMESPACE, workspaceEn, true, true);
}
