/**
 * The core layer is cloud-neutral (STYLE.md, Layout): it imports no provider package and no cloud
 * layer, and it defines nothing that only one cloud uses (a CloudWatch period rule or an Azure
 * alert table belongs next to its one user in constructs/aws or constructs/azure).
 */
import * as fs from 'fs';
import * as path from 'path';
import { NAME_RULES } from '../../../constructs/core/naming';
import { Cloud } from '../../../constructs/core/cloud';

const ROOT = path.join(__dirname, '../../..');
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Files of the library (tests excluded): who uses a symbol. */
const LIBRARY = ['constructs', 'stacks', 'src'].flatMap((d) => files(path.join(ROOT, d))).map((f) => ({ file: rel(f), text: fs.readFileSync(f, 'utf8') }));
const CORE = LIBRARY.filter((f) => f.file.startsWith('constructs/core/'));

const CLOUD_IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"](@cdktf\/provider-[^'"]*|(?:\.\.\/)+(?:aws|azure)(?:\/[^'"]*)?)['"]/g;

/** `file: import` for every import of a provider package or a cloud layer in the given files. */
export function cloudImports(sources: ReadonlyArray<{ file: string; text: string }>): string[] {
  return sources.flatMap((s) => [...s.text.matchAll(CLOUD_IMPORT)].map((m) => `${s.file}: ${m[1]}`));
}

const EXPORT = /^export\s+(?:declare\s+)?(?:abstract\s+)?(?:const|let|function|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;

/**
 * `file: symbol (cloud)` for every symbol exported by a core file whose only users in the library
 * are the files of one cloud. A symbol nobody uses (public API for users) or used by core, the
 * stacks, src or both clouds is neutral.
 */
export function oneCloudExports(core: ReadonlyArray<{ file: string; text: string }>, library: ReadonlyArray<{ file: string; text: string }>): string[] {
  const out: string[] = [];
  for (const c of core) {
    for (const m of c.text.matchAll(EXPORT)) {
      const name = m[1];
      const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
      const users = new Set(
        library
          .filter((f) => f.file !== c.file && !/\/index\.ts$/.test(f.file) && word.test(f.text))
          .map((f) => (f.file.startsWith('constructs/aws/') ? 'aws' : f.file.startsWith('constructs/azure/') ? 'azure' : 'neutral')),
      );
      // Used again in its own (neutral) file: a neutral use.
      if (c.text.split(new RegExp(word.source, 'g')).length > 2) users.add('neutral');
      if (users.size === 1 && !users.has('neutral')) out.push(`${c.file}: ${name} (${[...users][0]})`);
    }
  }
  return out;
}

/**
 * Neutral concepts that one cloud happens to be the only user of today (a neutral prop type, a
 * defaults constant, a value type of the neutral interfaces). Each says why it stays in core.
 */
const NEUTRAL_WITH_ONE_USER: Readonly<Record<string, string>> = {
  'constructs/core/edge-cache.ts: EDGE_FAILOVER_STATUS_CODES': 'the neutral failover policy: which origin answers make the edge serve the fallback',
  'constructs/core/function.ts: FunctionArchitecture': 'a neutral prop enum (FunctionProps.architecture)',
  'constructs/core/network.ts: subnetIndex': 'the neutral address plan of the tiers',
  'constructs/core/private/package.ts: folderFiles': 'the neutral function package reader',
  'constructs/core/wiring.ts: constructPathOfRef': 'the neutral wiring check',
  // Debt: the cache size table holds both clouds' columns; moving the Azure half edits
  // constructs/azure/cache.ts, which another change owns (issue #17, item 1).
  'constructs/core/cache.ts: cacheAwsNodeType': 'debt: the AWS column of the shared cache size table',
  'constructs/core/cache.ts: cacheAzureSku': 'debt: the Azure column of the shared cache size table',
  'constructs/core/cache.ts: CACHE_TOTAL_MEMORY_RULE': 'debt: the Azure whole-cache rule of the shared cache size table',
};

describe('the core layer is cloud-neutral', () => {
  test('constructs/core imports no provider package and no cloud layer', () => {
    expect(cloudImports(CORE)).toEqual([]);
  });

  test('the import check catches a provider import and a cloud layer import', () => {
    const bad = [
      { file: 'constructs/core/x.ts', text: "import { Vpc } from '@cdktf/provider-aws/lib/vpc';\nimport { AwsKit } from '../aws/kit';" },
      { file: 'constructs/core/private/y.ts', text: "import { azureThing } from '../../azure/facts';\nimport { Rule } from './validation';" },
    ];
    expect(cloudImports(bad)).toEqual(['constructs/core/x.ts: @cdktf/provider-aws/lib/vpc', 'constructs/core/x.ts: ../aws/kit', 'constructs/core/private/y.ts: ../../azure/facts']);
  });

  test('constructs/core exports nothing that only one cloud uses', () => {
    const found = oneCloudExports(CORE, LIBRARY).map((x) => x.replace(/ \((aws|azure)\)$/, ''));
    expect(found.filter((x) => !(x in NEUTRAL_WITH_ONE_USER))).toEqual([]);
    // An entry that no longer has one cloud as its only user leaves the list.
    expect(Object.keys(NEUTRAL_WITH_ONE_USER).filter((k) => !found.includes(k))).toEqual([]);
  });

  test('the export check catches a symbol only one cloud uses, and passes shared ones', () => {
    const core = [{ file: 'constructs/core/m.ts', text: 'export const CW_PERIOD = 60;\nexport function shared() {}\nexport const UNUSED = 1;\nexport const OWN = 2;\nconst twice = OWN * 2;' }];
    const library = [
      { file: 'constructs/aws/monitoring.ts', text: 'use(CW_PERIOD); shared(); use(OWN);' },
      { file: 'constructs/azure/monitoring.ts', text: 'shared();' },
    ];
    expect(oneCloudExports(core, library)).toEqual(['constructs/core/m.ts: CW_PERIOD (aws)']);
  });

  test('every name kind is filed under its own cloud (aws… kinds name aws_ types, azure… kinds azurerm_ types)', () => {
    const misfiled = Object.entries(NAME_RULES)
      .filter(([kind, r]) => !kind.startsWith(r.cloud === Cloud.AWS ? 'aws' : 'azure') || !(r.resourceType === '(any)' || r.resourceType.startsWith(r.cloud === Cloud.AWS ? 'aws_' : 'azurerm_')))
      .map(([k]) => k);
    expect(misfiled).toEqual([]);
  });
});
