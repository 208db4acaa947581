import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import {
  HostileBackend,
  refusal,
  startHostileBackend,
} from '../__testUtils__/hostileBackend';
import { signIn } from '../__testUtils__/testBackend';

const laughs = [
  '---',
  'a: &a [x,x,x,x,x,x,x,x,x,x]',
  ...'bcdefgh'
    .split('')
    .map(
      (c, i) =>
        `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`,
    ),
  'status: *h',
  '---',
  '# Laughs',
].join('\n');

// One repository whose decision log holds an attack per file, beside one
// sound record.
const files: Record<string, string> = {
  'catalog-info.yaml': [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    '  name: decisions',
    '  annotations:',
    '    backstage.io/adr-location: docs/adr',
    'spec: { type: service, lifecycle: production, owner: group:default/platform }',
  ].join('\n'),
  'docs/adr/0001-alias-bomb.md': laughs,
  'docs/adr/0002-python-tag.md':
    '---\nstatus: !!python/object/apply:os.system ["touch /tmp/pwned"]\n---\n# Tagged\n',
  'docs/adr/0003-heading-bomb.md': `---\nstatus: proposed\n---\n${'#'.repeat(
    200_000,
  )} x\n# ${'['.repeat(100_000)}\n`,
  'docs/adr/0004-huge.md': `# Huge\n\n${'x'.repeat(2_000_000)}\n`,
  'docs/adr/0006-binary.md': '# Binary\n\u0000\u0001\u0002',
  'docs/adr/0007-sound.md':
    '---\nstatus: accepted\ndate: 2026-01-05\n---\n# Use PostgreSQL\n\n## Context and Problem Statement\n\nWe need a database.\n',
};

describe('hostile MADR files, through the ADR routes', () => {
  let portal: HostileBackend;
  beforeAll(async () => {
    portal = await startHostileBackend();
    const repo = portal.repository(files);
    symlinkSync(
      join(portal.outside, 'victim.txt'),
      join(repo, 'docs/adr/0005-leak.md'),
    );
    await portal.register(repo, 'component:default/decisions');
  }, 120_000);

  const readLog = () =>
    portal.attack(async () => {
      const res = await request(portal.server)
        .get('/api/adr/entities/component/default/decisions/adrs')
        .set('Authorization', portal.alice);
      return res.body as {
        adrs: { file: string; title: string }[];
        failures: { file: string; error?: string; warning?: string }[];
      };
    });

  it.each([
    [
      '0001-alias-bomb.md',
      'a YAML alias bomb in the front matter',
      /\"warning\":\"0001-alias-bomb\.md is not a readable ADR: its front matter is malformed \(Excessive alias count indicates a resource exhaustion attack\)\"/,
    ],
    [
      '0002-python-tag.md',
      'a Python tag that would run a command',
      /\"warning\":\"0002-python-tag\.md is not a readable ADR: its front matter is malformed \(Unresolved tag: tag:yaml\.org,2002:python\/object\/apply:os\.system/,
    ],
    [
      '0004-huge.md',
      'a record of 2 MB',
      /\"warning\":\"0004-huge\.md is 2000009 bytes, over the 1000000-byte limit per file; skipped\"/,
    ],
    [
      '0005-leak.md',
      'a link to a host file',
      /\"warning\":\"0005-leak\.md links outside the tree; not followed\"/,
    ],
    [
      '0006-binary.md',
      'a binary file named like a record',
      /\"warning\":\"0006-binary\.md is binary; skipped\"/,
    ],
  ])(
    'reports %s (%s), and reads the sound record',
    async (file, _, message) => {
      const outcome = await readLog();
      expect(outcome.status).toBe('fulfilled');
      const log = (outcome as PromiseFulfilledResult<any>).value;
      expect(log.adrs.map((a: { file: string }) => a.file)).toContain(
        '0007-sound.md',
      );
      const failure = log.failures.find(
        (f: { file: string }) => f.file === file,
      );
      expect(JSON.stringify(failure)).toMatch(message);
    },
  );

  it('reads 200,000 #s (no heading: CommonMark allows six) in linear time, and takes the H1 after them', async () => {
    const outcome = await readLog();
    const log = (outcome as PromiseFulfilledResult<any>).value;
    const adr = log.adrs.find(
      (a: { file: string }) => a.file === '0003-heading-bomb.md',
    );
    expect(adr.title).toBe('['.repeat(100_000));
  });

  it('refuses a review of a file outside the decision log', async () => {
    const grace = await signIn(portal.server, 'grace');
    const outcome = await portal.attack(async () => {
      const res = await request(portal.server)
        .post(
          `/api/adr/entities/component/default/decisions/adrs/${encodeURIComponent(
            '../../outside/victim.txt',
          )}/review`,
        )
        .set('Authorization', grace)
        .send({ decision: 'accepted' });
      return { status: res.status, message: res.body?.error?.message };
    });
    expect(refusal(outcome)).toBe(
      JSON.stringify({
        status: 400,
        message:
          'Invalid ADR file: ADR file: an ADR file name such as 0002-use-x.md',
      }),
    );
  });
});
