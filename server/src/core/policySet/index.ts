// Policy sets: the files of one policy checked as one (kijun.json / .kijunrc.json).
export {
  POLICY_SET_FILE_NAMES,
  parsePolicySetConfig,
  isGlob,
  type PolicySetConfig,
  type ConfigProblem,
  type ParsedConfig,
  type Organization,
} from './config';
export { matchSetFiles, choosePrimary, type SetFiles } from './resolve';
export {
  analyzePolicySet,
  type PolicySetAnalysis,
  type PolicySetFile,
  type PolicySetOptions,
  type SetRequirement,
  type SetEvidence,
  type SetOutdated,
  type SetLocation,
} from './analyze';
