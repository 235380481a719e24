export { ISSUE_CODES, ALL_ISSUE_CODES, type IssueCode, type IssueScope, type Severity } from './codes.js';
export type { Issue, IssueOf, ReportSummary, ValidationReport } from './types.js';
export type { IssueParams, IssueParamsByCode, KeyParams, ValueParams, KeyValueParams, CountParams, NoParams, EngineParams, InputFault, JsonExpectation, JsonFound, JsonSyntaxFault, JsonTypeName, UnsafePathReason, ZipFault } from './params.js';
export { LOCALES, isLocale, resolveLocale, localeMessages, type Locale, type LocaleChoice } from './locales/registry.js';
export type { LocaleMessages, IssueWording } from './locales/locale-messages.js';
export { issueMessage, localizeIssues } from './make-issue.js';
export { SoldeValidationError, SoldeUsageError, formatPath, type SoldeUsageErrorCode } from './error.js';
