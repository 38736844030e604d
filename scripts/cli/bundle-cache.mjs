// A TypeScript entry point of the repo bundled once by esbuild and kept, keyed by the content
// of every file that went into it, so that a command starts without bundling unless one of
// them changed. The cache lives in node_modules/.cache/minutebook (MINUTEBOOK_CLI_CACHE names
// another folder). Per entry it holds `<name>.json` (the key and the input files),
// `<name>-<key>.cjs`, the bundle, and `<name>-<key>.v8`, V8's code cache for it.
//
// The bundle carries its packages too: one file loads in about half the time Node takes to
// resolve and load each package's own files, and it needs no node_modules beside it. It is
// CommonJS, run through vm.Script, because that is how Node 20 can keep V8's compiled code
// between runs (it has no compile cache for modules): a run after the first neither parses
// the 4 MB bundle again nor compiles anew the functions the previous run used.
import { createHash, randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

// Bumped whenever the options below change in a way the inputs do not show.
const format = 'minutebook-cli-bundle 3';
// A file changed this close to a build (or during it) may have been read before the change:
// such a bundle is used once and not kept. Wide enough for file systems with coarse times.
const settleMs = 2000;

const loaders = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.jsx': 'jsx' };

/**
 * A CommonJS bundle has no import.meta: each file's own `import.meta.url`, `.filename` and
 * `.dirname` are written into it as they would be read unbundled, where the file lies.
 * @type {import('esbuild').Plugin}
 */
const importMetaAsWritten = {
  name: 'import-meta-as-written',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (!contents.includes('import.meta')) return undefined;
      const values = {
        url: pathToFileURL(args.path).href,
        filename: args.path,
        dirname: path.dirname(args.path),
      };
      return {
        contents: contents.replace(/\bimport\.meta\.(url|filename|dirname)\b/g, (_, key) =>
          JSON.stringify(values[key]),
        ),
        loader: loaders[path.extname(args.path)] ?? 'js',
      };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const options = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'error',
  plugins: [importMetaAsWritten],
};

/** The cache folder: MINUTEBOOK_CLI_CACHE, else node_modules/.cache/minutebook. */
export function cacheDir(root) {
  return (
    process.env.MINUTEBOOK_CLI_CACHE || path.join(root, 'node_modules', '.cache', 'minutebook')
  );
}

/** `scripts/export-minutes.ts` → `scripts-export-minutes`: one name per entry. */
function nameOf(root, entry) {
  const relative = path.relative(root, path.resolve(root, entry));
  return relative
    .replace(/\.[cm]?tsx?$/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+/, '');
}

/** The key of `inputs` (paths relative to root) as they are now; null if one cannot be read. */
function keyOf(root, inputs) {
  // The root too: a bundle holds the paths of the files that read import.meta.
  const hash = createHash('sha256')
    .update(format)
    .update(root)
    .update(JSON.stringify({ ...options, plugins: options.plugins?.map((p) => p.name) }))
    .update('\0');
  for (const input of [...inputs].sort()) {
    let bytes;
    try {
      bytes = readFileSync(path.resolve(root, input));
    } catch {
      return null;
    }
    hash.update(input).update('\0').update(String(bytes.length)).update('\0').update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Writes `contents` to `file` through a temp file renamed over it: a reader sees all or nothing. */
function writeWhole(file, contents) {
  const temp = `${file}.${String(process.pid)}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, contents, { flag: 'wx' });
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The bundle named by the manifest and its code, if every input still has the content it was built from. */
function cached(root, dir, name) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(manifest?.inputs) || typeof manifest.key !== 'string') return null;
  if (keyOf(root, manifest.inputs) !== manifest.key) return null;
  const bundle = path.join(dir, `${name}-${manifest.key}.cjs`);
  try {
    return { bundle, code: readFileSync(bundle, 'utf8'), kept: true };
  } catch {
    return null; // removed by a run that rebuilt it just now: build it here too
  }
}

/**
 * Bundles `entry` and keeps it under its key, unless its sources were still changing: then it
 * is run from memory this once, and the next run builds again.
 */
async function build(root, dir, name, entry) {
  // Loaded only here: a command whose bundle is current never loads esbuild.
  const esbuild = await import('esbuild');
  const started = Date.now();
  const result = await esbuild.build({
    ...options,
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: path.join(dir, `${name}.cjs`),
    write: false,
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const key = keyOf(root, inputs);
  const output = result.outputFiles[0];
  if (key === null || !output) throw new Error(`bundling ${entry} gave no output`);
  const bundle = path.join(dir, `${name}-${key}.cjs`);
  const settled = inputs.every((input) => {
    try {
      return statSync(path.resolve(root, input)).mtimeMs < started - settleMs;
    } catch {
      return false;
    }
  });
  if (!settled) return { bundle, code: output.text, kept: false };
  mkdirSync(dir, { recursive: true });
  writeWhole(bundle, output.contents);
  writeWhole(path.join(dir, `${name}.json`), `${JSON.stringify({ key, inputs }, null, 1)}\n`);
  // Bundles of earlier sources go (with their code caches).
  const earlier = new RegExp(`^${name}-[0-9a-f]{32}\\.(cjs|v8)$`);
  for (const file of readdirSync(dir)) {
    if (earlier.test(file) && !file.startsWith(`${name}-${key}.`)) {
      rmSync(path.join(dir, file), { force: true });
    }
  }
  return { bundle, code: output.text, kept: true };
}

/**
 * Runs the CommonJS `code` of `bundle` and returns its exports, with V8's code cache for it
 * when it is kept and has one; `keepCodeCache()` saves the code compiled so far for the next
 * run, if it has none yet that V8 accepted.
 */
function run({ bundle, code, kept }) {
  const cacheFile = bundle.replace(/\.cjs$/, '.v8');
  let cachedData;
  try {
    cachedData = kept ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  // The wrapper Node itself puts around a CommonJS module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${code}\n});`;
  const script = new vm.Script(wrapped, {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  const require = createRequire(bundle);
  script
    .runInThisContext()
    .call(module.exports, module.exports, require, module, bundle, path.dirname(bundle));
  const keepCodeCache = () => {
    if (!kept || (cachedData && !script.cachedDataRejected)) return;
    try {
      writeWhole(cacheFile, script.createCachedData());
    } catch {
      // Only slower next time.
    }
  };
  return { exports: module.exports, keepCodeCache };
}

/**
 * Loads `entry` (relative to `root`, or absolute) from its cached bundle, bundling it first
 * when it has none or any file that went into it has changed since. Returns `{ exports,
 * built, keepCodeCache }`; call `keepCodeCache()` once the command has done its work, so that
 * the cache holds the code it compiled.
 */
export async function loadCached(root, entry) {
  const dir = cacheDir(root);
  const name = nameOf(root, entry);
  const found = cached(root, dir, name);
  if (found) return { ...run(found), built: false };
  return { ...run(await build(root, dir, name, entry)), built: true };
}
