import { parseCli, stackList } from '../../src/private/cli';

class Usage extends Error {}
const OPTIONS = { config: { type: 'string' as const }, json: { type: 'boolean' as const } };
const message = (argv: string[]) => {
  try {
    parseCli(argv, OPTIONS, Usage);
  } catch (e) {
    expect(e).toBeInstanceOf(Usage);
    return (e as Error).message;
  }
  return 'no error';
};

describe('the CLI argument parser (src/private/cli.ts)', () => {
  test('parses string and boolean options, in either form', () => {
    expect(parseCli(['--config', 'a.json', '--json'], OPTIONS, Usage)).toEqual({ config: 'a.json', json: true });
    expect(parseCli(['--config=b.json'], OPTIONS, Usage)).toEqual({ config: 'b.json' });
  });

  test('every mistake is a usage error in our words', () => {
    expect(message(['--what'])).toBe("unknown argument '--what'");
    expect(message(['stray'])).toBe("unknown argument 'stray'");
    expect(message(['--config'])).toBe('--config needs a value');
    expect(message(['--config', '--json'])).toBe('--config needs a value');
    expect(message(['--config='])).toBe('--config needs a value');
    expect(message(['--json=1'])).toBe('--json takes no value');
  });

  test('--help and -h throw the usage error with an empty message (usage text, exit 0)', () => {
    expect(message(['--help'])).toBe('');
    expect(message(['-h'])).toBe('');
  });

  test('--stacks names stacks from the six, and lists every unknown one', () => {
    expect(stackList(undefined, Usage)).toBeUndefined();
    expect(stackList(' rehost-aws, refactor-azure ', Usage)).toEqual(['rehost-aws', 'refactor-azure']);
    expect(() => stackList('rehost-aws,rehost-gcp,x', Usage)).toThrow("got 'rehost-gcp', 'x'");
  });
});
