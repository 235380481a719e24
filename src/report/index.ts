export { requestIndex } from './request-index.js';
export { groupIssues, type IssueGroup } from './group-issues.js';
export { reportVerdict, type ReportVerdict, type ReportVerdictKind } from './report-verdict.js';
