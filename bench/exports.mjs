// Times all four exports of the reference meeting (confidential/public × DOCX/PDF) in one warm
// Node process, and in the same run LibreOffice converting the same DOCX to PDF, for scale.
// DESIGN.md budget: all four exports ≤ 300 ms. Run alone with `node bench/exports.mjs`, or as
// part of `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importBundled } from './bundle.mjs';
import { printTable, summary } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const fixture = join(root, 'tests', 'fixtures', 'sec-panel-30.archive.json');
export const exportsBudgetMs = 300;
const runs = 15;

/** The app's own minutes code, bundled for Node. */
function loadMinutes() {
  return importBundled('exports', {
    stdin: {
      contents:
        "export * from './src-renderer/minutes/index.ts';\n" +
        "export { parseArchive } from './src-renderer/domain/index.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
  });
}

const median = (values) => summary(values).p50;

/** LibreOffice converting `docx` to PDF, in a profile of its own so it runs beside others. */
function convertWithLibreOffice(docx, work, n) {
  const profile = pathToFileURL(join(work, `lo-profile-${String(n)}`)).href;
  const started = performance.now();
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      docx,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  return performance.now() - started;
}

/**
 * The four exports of one meeting of `archiveText` (its last meeting when `meetingId` is not
 * given) as the app writes them: a public file is read back by the leak guard before it is kept.
 */
async function exporter(archiveText, meetingId) {
  const m = await loadMinutes();
  const parsed = m.parseArchive(archiveText);
  if (!parsed.ok) throw new Error(`the archive does not parse: ${parsed.errors.join('; ')}`);
  const archive = parsed.archive;
  const id = meetingId ?? archive.bodies[0].meetings.at(-1).id;
  const fonts = await m.loadPdfFonts((name) =>
    Promise.resolve(readFileSync(join(root, 'assets', 'fonts', name))),
  );
  return async () => {
    const out = {};
    for (const variant of ['confidential', 'public']) {
      const document = m.buildMinutes(archive, id, variant);
      out[`${variant}.docx`] = (await m.writeMinutes(archive, id, document, 'docx')).bytes;
      out[`${variant}.pdf`] = (await m.writeMinutes(archive, id, document, 'pdf', fonts)).bytes;
    }
    return out;
  };
}

/**
 * Times two exports run by turns (one of each, `runs` times, after warming both), so that a
 * change of the machine's load during the runs falls on both alike: timed one block after the
 * other, their ratio moved from 0.75 to 1.29 between bench runs. Returns the two summaries.
 */
async function timeExportsSideBySide(first, second) {
  for (let i = 0; i < 3; i++) {
    await first();
    await second();
  }
  const times = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, all4] of [first, second].entries()) {
      const started = performance.now();
      await all4();
      times[k].push(performance.now() - started);
    }
  }
  return times.map((t) => summary(t));
}

/**
 * The archive text of `archiveText` holding only the last meeting of its first body, with the
 * actions raised and the updates given there: the same minutes, from a one-meeting archive.
 */
function oneMeetingOf(archiveText) {
  const archive = JSON.parse(archiveText);
  const body = archive.bodies[0];
  const meeting = body.meetings.at(-1);
  const updates = body.actionUpdates.filter((u) => u.meetingId === meeting.id);
  const updated = new Set(updates.map((u) => u.actionId));
  const actions = body.actions.filter((a) => a.meetingId === meeting.id || updated.has(a.id));
  // An update's action raised at an earlier meeting is kept as entered by hand, with no meeting.
  const kept = actions.map((a) =>
    a.meetingId === meeting.id ? a : { ...a, meetingId: null, itemId: null },
  );
  return JSON.stringify({
    ...archive,
    bodies: [{ ...body, meetings: [meeting], actions: kept, actionUpdates: updates }],
  });
}

/**
 * The four exports of the last meeting of a large archive (the generated fifteen-year one),
 * and of the same meeting from an archive holding it alone: an export should not slow down as
 * the archive grows (`exports_15y_to_alone_ratio`, budget 1.25).
 */
export async function benchExportsAtScale(archiveText) {
  const [times, alone] = await timeExportsSideBySide(
    await exporter(archiveText),
    await exporter(oneMeetingOf(archiveText)),
  );
  const ratio = Math.round((times.p50 / alone.p50) * 100) / 100;
  console.log(`exports_all4_ms_15y ${times.p50} (median of ${String(runs)}; p95 ${times.p95})`);
  console.log(`exports_all4_ms_same_meeting_alone ${alone.p50} (median; p95 ${alone.p95})`);
  console.log(`exports_15y_to_alone_ratio ${ratio}`);
  return [
    { name: 'exports_all4_ms_15y', value: times.p50, budget: '(reported)', unit: 'ms', ok: true },
    {
      name: 'exports_all4_ms_same_meeting_alone',
      value: alone.p50,
      budget: '(reported)',
      unit: 'ms',
      ok: true,
    },
    { name: 'exports_15y_to_alone_ratio', value: ratio, budget: 1.25, unit: '×' },
  ];
}

/** Runs the benchmark, prints its figures and returns its budget rows for the table. */
export async function benchExports() {
  const all4 = await exporter(readFileSync(fixture, 'utf8'));
  for (let i = 0; i < 5; i++) await all4(); // warm the JIT and the font caches
  const times = [];
  const cpuTimes = [];
  let files;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    files = await all4();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const exportsMs = median(times);
  const cpuMs = median(cpuTimes);
  console.log(
    `exports_all4_ms ${exportsMs} (median of ${String(runs)}; ${JSON.stringify(summary(times))})`,
  );
  // On a shared machine the wall time includes waiting for a core; the CPU time does not.
  console.log(`exports_all4_cpu_ms ${cpuMs} (CPU time of this process, median)`);

  const work = mkdtempSync(join(tmpdir(), 'minutebook-bench-'));
  let officeMs = null;
  try {
    mkdirSync(work, { recursive: true });
    const docx = join(work, 'confidential.docx');
    writeFileSync(docx, files['confidential.docx']);
    // The first conversion also creates LibreOffice's profile; time the second and third.
    convertWithLibreOffice(docx, work, 0);
    officeMs = median([
      convertWithLibreOffice(docx, work, 0),
      convertWithLibreOffice(docx, work, 0),
    ]);
    console.log(`libreoffice_convert_ms ${officeMs} (one DOCX to PDF, soffice --headless)`);
    console.log(`libreoffice_to_exports_ratio ${(officeMs / exportsMs).toFixed(1)}`);
  } catch (error) {
    console.log(
      `libreoffice_convert_ms n/a (${error instanceof Error ? error.message : String(error)})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return [
    { name: 'exports_all4_ms', value: exportsMs, budget: exportsBudgetMs, unit: 'ms' },
    { name: 'exports_all4_cpu_ms', value: cpuMs, budget: exportsBudgetMs, unit: 'ms' },
    { name: 'libreoffice_convert_ms', value: officeMs, budget: '(reported)', unit: 'ms', ok: true },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchExports()
    .then(printTable)
    .catch((error) => {
      console.error(
        `bench: failed to run: ${error instanceof Error ? error.stack : String(error)}`,
      );
      process.exit(1);
    });
}
