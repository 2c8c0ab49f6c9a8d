// Every page the router can show: a path pattern (':name' is a parameter, decoded into ctx.params) and
// its module under pages/ (web/README.md, "How to add a page"). The first matching pattern wins, so put
// a literal path ('/inductions/new') before a parameter one ('/inductions/:id').
import * as assessmentForm from './pages/assessment-form.mjs';
import * as assessment from './pages/assessment.mjs';
import * as exportsPage from './pages/exports.mjs';
import * as home from './pages/home.mjs';
import * as induction from './pages/induction.mjs';
import * as inductions from './pages/inductions.mjs';
import * as notFoundPage from './pages/not-found.mjs';
import * as reminders from './pages/reminders.mjs';
import * as school from './pages/school.mjs';
import * as schools from './pages/schools.mjs';
import * as suspendUser from './pages/suspend-user.mjs';
import * as termDates from './pages/term-dates.mjs';
import * as upload from './pages/upload.mjs';
import * as users from './pages/users.mjs';

export const routes = [
  { path: '/', page: home },
  { path: '/reminders', page: reminders },
  { path: '/exports', page: exportsPage },
  { path: '/outcomes/upload', page: upload },
  { path: '/term-dates', page: termDates },
  { path: '/schools', page: schools },
  { path: '/users', page: users },
  { path: '/schools/:urn', page: school },
  { path: '/schools/:urn/upload', page: upload },
  { path: '/schools/:urn/users/:userId/suspend', page: suspendUser },
  { path: '/inductions', page: inductions },
  { path: '/inductions/:id', page: induction },
  { path: '/inductions/:id/assess/:term', page: assessmentForm },
  { path: '/inductions/:id/assessments/:assessmentId', page: assessment },
  { path: '/inductions/:id/assessments/:assessmentId/correct', page: assessmentForm },
];

export const notFound = notFoundPage;
