import { describe, expect, it } from 'vitest';
import { ArgsError, parseHostArgs } from './args';

describe('parseHostArgs', () => {
  it('has defaults', () => {
    expect(parseHostArgs([])).toEqual({ port: 0, open: true, help: false });
  });

  it('reads --db, --port and --no-open in both spellings', () => {
    expect(parseHostArgs(['--db', '/tmp/x.db', '--port', '8123', '--no-open'])).toEqual({
      db: '/tmp/x.db',
      port: 8123,
      open: false,
      help: false,
    });
    expect(parseHostArgs(['--db=/tmp/y.db', '--port=0'])).toMatchObject({ db: '/tmp/y.db', port: 0, open: true });
    expect(parseHostArgs(['--help']).help).toBe(true);
  });

  it('refuses bad values and unknown arguments', () => {
    for (const argv of [
      ['--db'],
      ['--db', '--no-open'],
      ['--db='],
      ['--port'],
      ['--port', 'abc'],
      ['--port', '-1'],
      ['--port', '65536'],
      ['--port', '1.5'],
      ['--no-open=yes'],
      ['--verbose'],
      ['extra'],
    ]) {
      expect(() => parseHostArgs(argv), argv.join(' ')).toThrow(ArgsError);
    }
  });
});
