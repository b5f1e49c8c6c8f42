/** DynamoDB Local needs Java 17+: check before starting, and say what to install. */
import { spawnSync } from 'node:child_process';

export const JAVA_HELP =
  'DynamoDB Local needs Java 17 or newer on the PATH: install a JDK/JRE 17+ (Debian/Ubuntu: apt-get install openjdk-17-jre-headless; macOS: brew install openjdk@17).';

/** Returns undefined when Java 17+ is available, otherwise the one-line reason. */
export function javaProblem(): string | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) return `Java was not found. ${JAVA_HELP}`;
  const output = `${result.stderr}${result.stdout}`;
  const match = output.match(/version "(\d+)(?:\.(\d+))?/);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= 17)) return `Java ${Number.isNaN(major) ? '(unknown version)' : major} is too old. ${JAVA_HELP}`;
  return undefined;
}
