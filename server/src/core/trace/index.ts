// Traceability: which clause stands for which requirement, and why (wording, marker or citation).
export {
  findCitations,
  parseSectionNumber,
  referenceSections,
  sectionsMatch,
  requirementsForSection,
  clauseCitations,
  documentCitations,
  type Citation,
  type ClauseCitations,
  type SectionNumber,
} from './citations';
export {
  fileEvidence,
  evidenceKind,
  excerptOf,
  EXCERPT_LENGTH,
  type ClauseEvidence,
  type EvidenceKind,
} from './evidence';
