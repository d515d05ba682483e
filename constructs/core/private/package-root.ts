import * as fs from 'fs';
import * as path from 'path';

/**
 * The folder holding the library's package.json (`scaling-blueprints`): where `handlers/` lives,
 * from the TypeScript sources (tests) and from `dist/` alike.
 */
export function libraryRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'scaling-blueprints') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`scaling-blueprints: cannot find the package root from ${from}`);
    dir = up;
  }
}
