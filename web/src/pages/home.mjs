// '/': each role's home page (the module chosen by the signed-in user's role).
import * as adminHome from './admin-home.mjs';
import * as headteacherHome from './headteacher-home.mjs';
import * as school from './school.mjs';
import * as teacherHome from './teacher-home.mjs';
import * as tutorHome from './tutor-home.mjs';

const BY_ROLE = {
  AB_ADMIN: adminHome,
  INDUCTION_COORDINATOR: school,
  HEADTEACHER: headteacherHome,
  INDUCTION_TUTOR: tutorHome,
  NQT: teacherHome,
};

function pageFor(ctx) {
  return BY_ROLE[ctx.me.role] ?? teacherHome;
}

export async function load(ctx) {
  const page = pageFor(ctx);
  const homeCtx = { ...ctx, params: { ...ctx.params, urn: ctx.me.schoolUrn }, isHome: true };
  return { page, homeCtx, data: await page.load(homeCtx) };
}

export function title({ page, homeCtx, data }) {
  return typeof page.title === 'function' ? page.title(data, homeCtx) : page.title;
}

export function view({ page, homeCtx, data }) {
  return page.view(data, homeCtx);
}

export function bind(root, { page, homeCtx, data }) {
  return page.bind?.(root, data, homeCtx);
}
