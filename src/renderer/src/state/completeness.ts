// The renderer's one door to the rules engine and the document catalogue (issue #3): every
// component takes findings, required documents and document titles from here.
export { checkWorkspace, type CheckResult, type Finding } from '../../../shared/rules/engine.js';
