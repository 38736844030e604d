/* global window, document, requestAnimationFrame */
// Times the import of a large archive (the fifteen-year body of `npm run make-archive`)
// through the app's own Import on a body's page, in the browser build: from the file chosen
// to the notice that it was imported, and the longest gap between two frames meanwhile (how
// long the page could not paint). Budget (issue 13): under 15,000 ms.

/** Records the longest gap between two animation frames from now on. */
function installFrameGaps() {
  window.__importGap = 0;
  let last = performance.now();
  const frame = (now) => {
    window.__importGap = Math.max(window.__importGap, now - last);
    last = now;
    if (!window.__importDone) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Creates a body through the UI and leaves the page on its page, where Import is. */
async function createBody(page, name) {
  const form = page.getByRole('form', { name: 'New body' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Action prefix').fill('IMP');
  await form.getByLabel('Secretariat').fill('IMPSEC');
  await form.getByRole('button', { name: 'Create body' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * Imports the archive at `archivePath` through the UI of `page` (the served app, any screen;
 * a fresh browser context, so the database is empty) and returns `import_15y_ms`, from the
 * file input's change to the "Imported …" notice, and `import_15y_longest_frame_ms`.
 */
export async function benchImport15y(page, archivePath) {
  await page.goto(new URL('#/', page.url()).href);
  await createBody(page, 'Import bench');
  await page.evaluate(() => {
    window.__importStart = 0;
    window.__importDone = false;
    document.addEventListener(
      'change',
      () => {
        window.__importStart = performance.now();
      },
      { capture: true, once: true },
    );
  });
  await page.evaluate(installFrameGaps);
  await page.getByLabel('Archive file to import').setInputFiles(archivePath);
  const done = await page.waitForFunction(
    () => {
      const notices = [...document.querySelectorAll('[role="status"], [role="alert"]')];
      const text = notices.map((n) => n.textContent ?? '').join(' ');
      if (!/Imported “|not imported|was not read/.test(text)) return null;
      window.__importDone = true;
      return { text, at: performance.now(), gap: window.__importGap, start: window.__importStart };
    },
    null,
    { timeout: 180_000, polling: 50 },
  );
  const { text, at, gap, start } = await done.jsonValue();
  if (!text.includes('Imported “')) throw new Error(`import bench: not imported: ${text}`);
  return {
    import_15y_ms: Math.round(at - start),
    import_15y_longest_frame_ms: Math.round(gap),
  };
}
