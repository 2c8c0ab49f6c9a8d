// '/': each role's home page (the module chosen by the signed-in user's role), its work queue first
// (GET /tasks, components/tasks.mjs): every role's page shows it under its heading as ctx.queue.
import { taskGroups, workQueue } from '../components/tasks.mjs';
import { teacherName } from '../domain.mjs';
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

/** The teachers' names of the most urgent tasks (the tasks carry ids only): one GET per induction, at most this many. */
const NAMED = 20;

async function queue(api) {
  const { items } = await api.get('/tasks');
  const ids = [...new Set(taskGroups(items).flatMap((g) => g.tasks).map((t) => t.inductionId))].slice(0, NAMED);
  const names = new Map(await Promise.all(ids.map(async (id) => [id,
    await api.get(`/inductions/${encodeURIComponent(id)}`).then(teacherName, () => undefined)])));
  return workQueue(items, names);
}

export async function load(ctx) {
  const page = pageFor(ctx);
  const [tasks, data] = await Promise.all([queue(ctx.api),
    page.load({ ...ctx, params: { ...ctx.params, urn: ctx.me.schoolUrn }, isHome: true })]);
  const homeCtx = { ...ctx, params: { ...ctx.params, urn: ctx.me.schoolUrn }, isHome: true, queue: tasks };
  return { page, homeCtx, data };
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
