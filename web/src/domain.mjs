// Names and rules of the domain as the pages show them (DOMAIN.md, CONTRACT.md section 3).
export const ROLE_NAMES = {
  AB_ADMIN: 'Appropriate Body admin',
  INDUCTION_COORDINATOR: 'Induction coordinator',
  HEADTEACHER: 'Headteacher',
  INDUCTION_TUTOR: 'Induction tutor',
  NQT: 'Newly qualified teacher',
};

export const KIND_NAMES = {
  TERMLY: 'Termly assessment',
  PROGRESS_REVIEW: 'Progress review',
  FORMAL: 'Formal assessment',
  FINAL: 'Final assessment',
  INTERIM: 'Interim assessment',
};

export const STANDARDS = [
  ['TS1', 'TS1: Set high expectations which inspire, motivate and challenge pupils'],
  ['TS2', 'TS2: Promote good progress and outcomes by pupils'],
  ['TS3', 'TS3: Demonstrate good subject and curriculum knowledge'],
  ['TS4', 'TS4: Plan and teach well structured lessons'],
  ['TS5', 'TS5: Adapt teaching to respond to the strengths and needs of all pupils'],
  ['TS6', 'TS6: Make accurate and productive use of assessment'],
  ['TS7', 'TS7: Manage behaviour effectively to ensure a good and safe learning environment'],
  ['TS8', 'TS8: Fulfil wider professional responsibilities'],
  ['PART2', 'Part Two: Personal and professional conduct'],
];

const BASE_TERMS = { NQT: 3, ECT: 6 };

/** Hundredths of a decimal the API answered (FTE, terms), as an integer: no floating-point sums. */
function hundredths(value) {
  return Math.round(Number(value) * 100);
}

/**
 * The calendar term by whose end the FTE served first reaches `terms` (DOMAIN.md "Assessment points follow
 * FTE"): the server's rule, on the FTE and the terms required it answers. A reduced record has neither.
 */
function termServing(induction, terms) {
  const fte = hundredths(induction.fte);
  return Math.ceil(hundredths(terms) / fte);
}

/** The calendar term of the FINAL: the last of the induction. */
export function totalTerms(induction) {
  if (induction.fte === undefined || induction.termsRequired === undefined) {
    return BASE_TERMS[induction.programme] + Math.max(0, Math.ceil(Number(induction.extensionTerms || 0)));
  }
  return Math.min(99, termServing(induction, induction.termsRequired));
}

/** The kind the schedule has at a calendar term (INTERIM is the tutor's choice instead). */
export function kindAt(induction, term) {
  const last = totalTerms(induction);
  if (term === last) return 'FINAL';
  if (induction.programme === 'NQT') return 'TERMLY';
  const formal = induction.fte === undefined ? 3 : termServing(induction, 3);
  return term === formal && formal < last ? 'FORMAL' : 'PROGRESS_REVIEW';
}

/** Terms for people: one decimal place (the exact value is kept by the API). */
export function shownTerms(value) {
  return (Math.round(Number(value) * 10) / 10).toFixed(1);
}

/** The first term with no assessment yet, or null when every term has one. */
export function nextTerm(induction, assessments) {
  const done = new Set(assessments.map((a) => a.term));
  for (let term = 1; term <= totalTerms(induction); term++) {
    if (!done.has(term)) return term;
  }
  return null;
}

export function teacherName(induction) {
  return `${induction.teacher.givenName} ${induction.teacher.familyName}`;
}

export function label(value) {
  return String(value ?? '').toLowerCase().replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}
