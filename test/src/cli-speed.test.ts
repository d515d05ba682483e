import { Token } from 'cdktf';
import { skipTokenStackTraces } from '../../src/private/token-stack-traces';

describe('skipTokenStackTraces', () => {
  test('cdktf tokens record no creation stack; real errors keep theirs, with the frame that threw', () => {
    // test/setup.ts installs it for every suite: a token made here has an empty creation stack.
    const token = Token.asAny('x') as unknown as { creationStack?: string[] };
    expect(token.creationStack).toEqual([]);
    function thrower(): never {
      throw new TypeError('boom');
    }
    let err: Error | undefined;
    try {
      thrower();
    } catch (e) {
      err = e as Error;
    }
    expect(err?.stack).toMatch(/^TypeError: boom\n\s+at thrower /);
  });

  test('without a previous hook real errors are formatted as V8 does; restore puts the previous hook back', () => {
    const before = Error.prepareStackTrace;
    (Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;
    const restore = skipTokenStackTraces({});
    try {
      const e = new RangeError('out');
      expect(e.stack).toMatch(/^RangeError: out\n {4}at /);
      const plain = { stack: '' };
      Error.captureStackTrace(plain);
      expect(plain.stack).toBe('');
    } finally {
      restore();
      expect(Error.prepareStackTrace).toBeUndefined();
      Error.prepareStackTrace = before;
    }
  });

  test('SB_TOKEN_STACK_TRACES=1 keeps cdktf\'s traces', () => {
    const before = Error.prepareStackTrace;
    (Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;
    try {
      skipTokenStackTraces({ SB_TOKEN_STACK_TRACES: '1' })();
      const plain = { stack: '' };
      Error.captureStackTrace(plain);
      expect(plain.stack).toMatch(/\n {4}at /);
    } finally {
      Error.prepareStackTrace = before;
    }
  });
});

describe('enableCompileCache', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { enableCompileCache } = require('../../src/private/compile-cache') as typeof import('../../src/private/compile-cache');
  test('calls module.enableCompileCache when this Node has it, and does nothing when it does not', () => {
    const calls: number[] = [];
    expect(enableCompileCache({ enableCompileCache: () => calls.push(1) })).toBe(true);
    expect(calls).toEqual([1]);
    expect(enableCompileCache({})).toBe(false);
  });

  test('a failing cache (read-only temp dir) is not an error', () => {
    expect(enableCompileCache({ enableCompileCache: () => { throw new Error('EACCES'); } })).toBe(false);
  });
});
