export { ISSUE_CODES, ALL_ISSUE_CODES, type IssueCode, type IssueScope, type Severity } from './codes.js';
export type { Issue, IssueParams, Locale, ReportSummary, ValidationReport } from './types.js';
export { messagesFr, type MessageTable } from './messages/fr.js';
export { messagesEn } from './messages/en.js';
export { issueMessage, makeIssue, localizeIssues, summarize, buildReport, displayValue } from './make-issue.js';
export { SoldeValidationError, SoldeUsageError, formatPath, type SoldeUsageErrorCode } from './error.js';
