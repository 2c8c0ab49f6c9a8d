// Names of the domain as the pages show them (DOMAIN.md, CONTRACT.md section 3). No rules: the schedule, the
// kinds allowed at a term and due dates are the server's (GET /inductions/{id}/schedule, a list item's nextAssessment).
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

/** Terms for people: one decimal place (the exact value is kept by the API). */
export function shownTerms(value) {
  return (Math.round(Number(value) * 10) / 10).toFixed(1);
}

export function teacherName(induction) {
  return `${induction.teacher.givenName} ${induction.teacher.familyName}`;
}

export function label(value) {
  return String(value ?? '').toLowerCase().replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}
